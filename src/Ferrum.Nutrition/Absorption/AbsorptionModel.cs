using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Absorption;

/// <summary>
/// Estimates absorbed iron per meal: heme iron by Monsen 1978 (40% of MFP iron, 23% absorbed); non-heme iron by the
/// Collings 2013 whole-diet regression on serum ferritin and a +1/0/−1 dietary modifier. See <see cref="AbsorptionCoefficients"/>.
/// </summary>
public sealed class AbsorptionModel
{
    /// <summary>Creates a model for a person with the given serum ferritin (µg/L); <c>null</c> uses the iron-deficient reference 15 µg/L.</summary>
    public AbsorptionModel(double? ferritinUgPerL = null)
    {
        var f = ferritinUgPerL ?? AbsorptionCoefficients.DefaultFerritin;
        if (!double.IsFinite(f) || f <= 0 || f > 5000)
            throw new InputErrorException(new InputError("ferritin.out-of-range", "serum ferritin out of range")
            { Field = "ferritin", Value = f.ToString(System.Globalization.CultureInfo.InvariantCulture), Accepted = "greater than 0 and at most 5000 µg/L" });
        FerritinUgPerL = f;
        FerritinIsDefault = ferritinUgPerL is null;
    }

    /// <summary>Serum ferritin used, µg/L.</summary>
    public double FerritinUgPerL { get; }
    /// <summary>True when the iron-deficient reference was used because no ferritin was given.</summary>
    public bool FerritinIsDefault { get; }
    /// <summary>True when ferritin lies outside 6–80 µg/L, the range of the Collings data (the equation is then extrapolated).</summary>
    public bool Extrapolated => FerritinUgPerL < AbsorptionCoefficients.CollingsFerritinMin || FerritinUgPerL > AbsorptionCoefficients.CollingsFerritinMax;

    /// <summary>Fraction of non-heme iron absorbed for a modifier of +1, 0 or −1 (Collings 2013 equation).</summary>
    public double NonHemeAbsorption(int modifier)
    {
        if (modifier is < -1 or > 1) throw new ArgumentOutOfRangeException(nameof(modifier), modifier, "modifier is -1, 0 or +1");
        var log10Percent = AbsorptionCoefficients.CollingsIntercept
            + AbsorptionCoefficients.CollingsFerritinSlope * Math.Log10(FerritinUgPerL)
            + AbsorptionCoefficients.CollingsModifierSlope * modifier;
        return Math.Pow(10, log10Percent) / 100.0;
    }

    /// <summary>Heme iron (mg) in <paramref name="grams"/> of <paramref name="food"/>.</summary>
    public static double HemeIronMg(Food food, double grams)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.Mfp ? IronMg(food, grams) * AbsorptionCoefficients.HemeShareOfMfpIron : 0;
    }

    /// <summary>Total iron (mg) in <paramref name="grams"/> of <paramref name="food"/>.</summary>
    public static double IronMg(Food food, double grams) => (food?.Per100G.IronMg ?? 0) * grams / 100.0;

    /// <summary>Evaluates one meal.</summary>
    public MealAbsorption Evaluate(IEnumerable<(Food Food, double Grams)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        double iron = 0, heme = 0, vitC = 0, mfp = 0, ca = 0, kcal = 0;
        var inhibited = false;
        foreach (var (food, g) in items)
        {
            iron += IronMg(food, g);
            heme += HemeIronMg(food, g);
            vitC += (food.Per100G.VitaminCMg ?? 0) * g / 100.0;
            ca += (food.Per100G.CalciumMg ?? 0) * g / 100.0;
            kcal += (food.Per100G.Kcal ?? 0) * g / 100.0;
            if (food.Mfp) mfp += g;
            if (food.Group == FoodGroup.PolyphenolBeverage && g > 0) inhibited = true;
        }
        var enhanced = vitC >= AbsorptionCoefficients.EnhancerVitaminCMg || mfp >= AbsorptionCoefficients.EnhancerMfpGrams;
        var modifier = (enhanced ? 1 : 0) - (inhibited ? 1 : 0);
        return new MealAbsorption
        {
            IronMg = iron, HemeIronMg = heme, VitaminCMg = vitC, MfpGrams = mfp, CalciumMg = ca, Kcal = kcal,
            Enhanced = enhanced, Inhibited = inhibited, NonHemeAbsorption = NonHemeAbsorption(modifier),
        };
    }
}
