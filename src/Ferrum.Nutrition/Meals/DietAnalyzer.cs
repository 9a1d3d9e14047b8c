using Ferrum.Nutrition.Absorption;

namespace Ferrum.Nutrition.Meals;

/// <summary>Evaluates days of meals with an absorption model.</summary>
public static class DietAnalyzer
{
    /// <summary>One <see cref="DayReport"/> per day.</summary>
    public static IReadOnlyList<DayReport> Analyze(IReadOnlyList<IReadOnlyList<Meal>> days, AbsorptionModel model)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(model);
        return days.Select(d => new DayReport(d.Select(m => (m, model.Evaluate(m.Items.Select(i => (i.Food, i.Grams))))).ToList())).ToList();
    }
}
