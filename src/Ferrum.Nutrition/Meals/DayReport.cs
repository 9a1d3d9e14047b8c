using Ferrum.Nutrition.Absorption;

namespace Ferrum.Nutrition.Meals;

/// <summary>One day: each meal with its absorption estimate, and the day's totals.</summary>
/// <param name="Meals">Meals with their estimates.</param>
public sealed record DayReport(IReadOnlyList<(Meal Meal, MealAbsorption Absorption)> Meals)
{
    /// <summary>Total iron, mg.</summary>
    public double IronMg => Meals.Sum(m => m.Absorption.IronMg);
    /// <summary>Heme iron, mg.</summary>
    public double HemeIronMg => Meals.Sum(m => m.Absorption.HemeIronMg);
    /// <summary>Estimated absorbed iron, mg.</summary>
    public double AbsorbedIronMg => Meals.Sum(m => m.Absorption.AbsorbedIronMg);
    /// <summary>Energy, kcal.</summary>
    public double Kcal => Meals.Sum(m => m.Absorption.Kcal);
}
