using System.Text.Json;
using System.Text.Json.Serialization;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;
using Ferrum.Nutrition.Planning;
using Ferrum.Nutrition.Reports;

namespace Ferrum.Web.Api.Diet;

/// <summary>
/// Body of <c>POST /api/diet/plan</c>: the options of <c>ferrum diet plan</c> as JSON. Unknown members are refused, so a
/// misspelt option is an error rather than a silently ignored default.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record DietPlanInput
{
    /// <summary><c>female</c> or <c>male</c> (required).</summary>
    public string? Sex { get; init; }
    /// <summary>Age in years, 1–120 (required).</summary>
    public double? Age { get; init; }
    /// <summary><c>omnivore</c> (default), <c>pescatarian</c>, <c>vegetarian</c> or <c>vegan</c>.</summary>
    public string? Pattern { get; init; }
    /// <summary>Pregnant (female only).</summary>
    public bool Pregnant { get; init; }
    /// <summary>Breast-feeding (female only).</summary>
    public bool Lactating { get; init; }
    /// <summary>Serum ferritin, µg/L; default 15 (an iron-deficient reference).</summary>
    public double? Ferritin { get; init; }
    /// <summary>Clinician-set absorbed-iron target, mg/day; overrides the IOM-derived target.</summary>
    public double? Target { get; init; }
    /// <summary>Energy budget, kcal/day (800–5000; default 2000).</summary>
    public double Kcal { get; init; } = 2000;
    /// <summary>Meals per day (1–6; default 3).</summary>
    public int Meals { get; init; } = 3;
    /// <summary>Days to plan (1–14; default 1).</summary>
    public int Days { get; init; } = 1;
    /// <summary>Most foods per meal (1–12; default 5).</summary>
    public int MaxFoods { get; init; } = 5;
    /// <summary>Fewest food groups per day (0–10; default 4).</summary>
    public int MinGroups { get; init; } = 4;
    /// <summary>Food ids or words to leave out.</summary>
    public IReadOnlyList<string>? Exclude { get; init; }
    /// <summary>A usual day as a meals document (<c>{"meals": [...]}</c>); the plan stays close to it.</summary>
    public JsonElement? Usual { get; init; }

    /// <summary>Runs the planner exactly as <c>ferrum diet plan</c> does.</summary>
    public DietReport Run(FoodTable table)
    {
        var person = new DietPerson(Sex, Age, Pattern, Pregnant, Lactating, Ferritin, Target, "$.");
        var pattern = person.ParsePattern();
        var model = person.Model();
        var requirement = person.Requirement(pattern);
        var usual = Usual is { ValueKind: not JsonValueKind.Null } u ? ParseUsual(u, table) : null;
        var request = new PlanRequest
        {
            AbsorbedTargetMg = requirement.AbsorbedTargetMg, IronUlMg = requirement.UlMg, Model = model, Pattern = pattern,
            Kcal = Kcal, Meals = Meals, Days = Days, MaxFoodsPerMeal = MaxFoods, MinFoodGroups = MinGroups,
            Exclude = [.. (Exclude ?? []).Select(e => e.Trim()).Where(e => e.Length > 0)],
            Usual = usual,
        };
        return person.Located(() => DietEngine.Plan(request, table, requirement));
    }

    private static IReadOnlyList<Meal> ParseUsual(JsonElement usual, FoodTable table)
    {
        try
        {
            return MealsJson.Parse(usual.GetRawText(), table)[0];
        }
        catch (InputErrorException ex)
        {
            // The meals parser locates errors from the document's root; here that root is $.usual.
            throw new InputErrorException([.. ex.Errors.Select(e => e.Location is { } l && l.StartsWith('$') ? e with { Location = "$.usual" + l[1..] } : e)]);
        }
    }
}
