using System.Globalization;
using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;

namespace Ferrum.Nutrition.Advice;

/// <summary>Finds vitamin C pairings and inhibitor separations for a day and computes their gain with the absorption model.</summary>
public sealed class AdviceEngine(AbsorptionModel model, FoodTable table, DietPattern pattern = DietPattern.Omnivore)
{
    /// <summary>Meals with less non-heme iron than this (mg) get no pairing suggestion.</summary>
    public const double MinNonHemeForPairingMg = 0.5;
    /// <summary>Calcium per meal (mg) from which Ferrum mentions separating calcium-rich foods (no computed gain).</summary>
    public const double CalciumNoticeMg = 300;
    /// <summary>Number of pairing suggestions per meal.</summary>
    public const int PairingsPerMeal = 2;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Advice for one day's meals, largest gain first within each meal.</summary>
    public IReadOnlyList<DietAdvice> For(IReadOnlyList<Meal> meals)
    {
        ArgumentNullException.ThrowIfNull(meals);
        var advice = new List<DietAdvice>();
        foreach (var meal in meals)
        {
            var items = meal.Items.Select(i => (i.Food, i.Grams)).ToList();
            var now = model.Evaluate(items);
            if (now.Inhibited)
            {
                var without = model.Evaluate(items.Where(i => i.Food.Group != FoodGroup.PolyphenolBeverage));
                var drinks = string.Join(", ", meal.Items.Where(i => i.Food.Group == FoodGroup.PolyphenolBeverage).Select(i => Short(i.Food)));
                var gain = without.AbsorbedIronMg - now.AbsorbedIronMg;
                advice.Add(new DietAdvice("separate-inhibitor", meal.Name,
                    string.Create(Inv, $"Having {drinks} at least an hour away from {meal.Name} instead of with it raises the estimated absorbed iron of this meal from {now.AbsorbedIronMg:0.00} to {without.AbsorbedIronMg:0.00} mg (+{gain:0.00} mg). Discuss dietary changes with a clinician."),
                    gain, [AbsorptionCoefficients.CollingsCitation, AbsorptionCoefficients.InhibitorCitation]));
            }
            if (!now.Enhanced && now.NonHemeIronMg >= MinNonHemeForPairingMg)
                advice.AddRange(Pairings(meal, items, now));
            if (now.CalciumMg >= CalciumNoticeMg && now.IronMg >= 1)
                advice.Add(new DietAdvice("separate-calcium", meal.Name,
                    string.Create(Inv, $"{meal.Name} has {now.CalciumMg:0} mg calcium with {now.IronMg:0.0} mg iron. Calcium can lower iron absorption from a single meal; guidelines suggest taking calcium-rich foods or supplements apart from iron-rich meals. Ferrum does not compute this gain: no sourced calcium coefficient is applied (Hallberg & Hulthén 2000 factors not shipped)."),
                    null, [AbsorptionCoefficients.CollingsCitation]));
        }
        return advice;
    }

    private IEnumerable<DietAdvice> Pairings(Meal meal, List<(Food Food, double Grams)> items, MealAbsorption now)
    {
        var present = new HashSet<string>(items.Select(i => i.Food.Id), StringComparer.Ordinal);
        var candidates = new List<(Food Food, double Grams, MealAbsorption After, double Gain)>();
        foreach (var f in table.Foods)
        {
            if (present.Contains(f.Id) || !f.Fits(pattern) || f.Portion is null || f.Group == FoodGroup.PolyphenolBeverage) continue;
            if ((f.Per100G.VitaminCMg ?? 0) <= 0 || f.Group is not ("fruit" or "vegetable" or "leafy-green")) continue;
            var grams = f.Portion.Grams;
            var after = model.Evaluate(items.Append((f, grams)));
            if (after.Modifier <= now.Modifier) continue;
            // The pairing's gain: the meal's own non-heme iron absorbed at the enhanced rate (the added food's iron is not counted).
            var gain = now.NonHemeIronMg * (after.NonHemeAbsorption - now.NonHemeAbsorption);
            if (gain > 1e-9) candidates.Add((f, grams, after, gain));
        }
        foreach (var c in candidates.OrderBy(c => c.After.Kcal - now.Kcal).ThenByDescending(c => c.Gain).ThenBy(c => c.Food.Id, StringComparer.Ordinal).Take(PairingsPerMeal))
        {
            var vitC = (c.Food.Per100G.VitaminCMg ?? 0) * c.Grams / 100;
            yield return new DietAdvice("vitamin-c-pairing", meal.Name,
                string.Create(Inv, $"Adding {Short(c.Food)} ({c.Food.Portion!.Amount:0.##} {c.Food.Portion.Description}, {c.Grams:0} g, {vitC:0} mg vitamin C) to {meal.Name} raises the estimated absorption of the meal's non-heme iron by {c.Gain:0.00} mg (from {now.AbsorbedIronMg:0.00} mg absorbed), not counting the iron of the added food."),
                c.Gain, [AbsorptionCoefficients.CollingsCitation, AbsorptionCoefficients.EnhancerCitation]);
        }
    }

    private static string Short(Food f) => f.Id;
}
