using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Advice;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;
using Ferrum.Nutrition.Planning;
using Ferrum.Nutrition.Requirements;

namespace Ferrum.Nutrition.Reports;

/// <summary>The one path from inputs to a <see cref="DietReport"/>, shared by the CLI, the HTTP API and the web page.</summary>
public static class DietEngine
{
    /// <summary>Analyses parsed days of meals; <paramref name="requirement"/> is optional (no target without a person).</summary>
    public static DietReport Analyze(IReadOnlyList<IReadOnlyList<Meal>> days, FoodTable table, AbsorptionModel model, DietPattern pattern, IronRequirement? requirement)
    {
        ArgumentNullException.ThrowIfNull(days);
        return Report(days, table, model, pattern, requirement, null);
    }

    /// <summary>
    /// Plans days meeting <paramref name="requirement"/>: the request's target and upper limit are taken from it, so a caller
    /// cannot plan against one target and report another.
    /// </summary>
    public static DietReport Plan(PlanRequest request, FoodTable table, IronRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(requirement);
        var result = DayPlanner.Plan(request with { AbsorbedTargetMg = requirement.AbsorbedTargetMg, IronUlMg = requirement.UlMg }, table);
        return Report(result.Days, table, request.Model, request.Pattern, requirement, result);
    }

    private static DietReport Report(IReadOnlyList<IReadOnlyList<Meal>> days, FoodTable table, AbsorptionModel model, DietPattern pattern,
        IronRequirement? requirement, PlanResult? plan)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(model);
        var advisor = new AdviceEngine(model, table, pattern);
        return new DietReport(DietAnalyzer.Analyze(days, model), requirement, model, [.. days.SelectMany(advisor.For)], plan);
    }
}
