using System.Globalization;

namespace Ferrum.Nutrition.Foods;

/// <summary>
/// Plausibility limits per 100 g that imported nutrient values must respect, in <see cref="FoodNutrients"/> order.
/// </summary>
/// <remarks>
/// A Ferrum data-quality rule, not a nutrition guideline. Masses (protein, fat, carbohydrate) cannot exceed the 100 g
/// they are part of; energy cannot exceed 100 g of pure fat (902 kcal, the highest SR28 value, NDB 04001). For iron,
/// vitamin C and calcium the limit is the highest value in USDA SR28 (iron 123.6 mg, NDB 02042; vitamin C 2,732 mg,
/// NDB 03022; calcium 7,364 mg, NDB 18370) times four, so every real food passes and a misplaced unit or digit
/// (e.g. 5,000 mg iron) does not.
/// </remarks>
internal static class NutrientLimits
{
    private static readonly (string Name, string Unit, double Max)[] Limits =
    [
        ("energy", "kcal", 902), ("protein", "g", 100), ("fat", "g", 100), ("carbohydrate", "g", 100),
        ("iron", "mg", 123.6 * 4), ("vitamin C", "mg", 2732 * 4), ("calcium", "mg", 7364 * 4),
    ];

    /// <summary>Null when <paramref name="value"/> is plausible for the nutrient in <paramref name="slot"/>; else the accepted range.</summary>
    public static string? Violation(int slot, double value)
    {
        var (name, unit, max) = Limits[slot];
        return value >= 0 && value <= max ? null : string.Create(CultureInfo.InvariantCulture, $"{name} from 0 to {max:0.#} {unit} per 100 g");
    }
}
