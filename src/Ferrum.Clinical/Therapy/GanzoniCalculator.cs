using Ferrum.Clinical.Assessment;

namespace Ferrum.Clinical.Therapy;

/// <summary>Ganzoni total iron deficit: weight × (target Hb − Hb) × 2.4 + stores, Hb in g/dL.</summary>
public static class GanzoniCalculator
{
    /// <summary>Body weight at or above which the adult conventions apply, kg.</summary>
    public const double AdultWeightKg = 35;

    /// <summary>Target hemoglobin at or above 35 kg, g/L.</summary>
    public const double TargetAdultGPerL = 150;

    /// <summary>Target hemoglobin below 35 kg, g/L.</summary>
    public const double TargetChildGPerL = 130;

    /// <summary>Iron stores at or above 35 kg, mg.</summary>
    public const double StoresAdultMg = 500;

    /// <summary>Iron stores per kg below 35 kg, mg/kg.</summary>
    public const double StoresPerKgChildMg = 15;

    /// <summary>The factor 2.4 = 0.0034 (iron per g Hb) × 0.07 (blood volume, L/kg) × 10000 (unit conversions).</summary>
    public const double Factor = 2.4;

    /// <summary>Computes the deficit; the hemoglobin term is 0 when hemoglobin is at or above target.</summary>
    /// <param name="weightKg">Body weight, kg (must be positive).</param>
    /// <param name="hemoglobinGPerL">Actual hemoglobin, g/L.</param>
    /// <param name="targetGPerL">Target hemoglobin, g/L; null for the convention by weight.</param>
    public static IronDeficit Compute(double weightKg, double hemoglobinGPerL, double? targetGPerL = null)
    {
        if (!(weightKg > 0)) throw new ArgumentOutOfRangeException(nameof(weightKg), weightKg, "Weight must be positive.");
        var adult = weightKg >= AdultWeightKg;
        var target = targetGPerL ?? (adult ? TargetAdultGPerL : TargetChildGPerL);
        var stores = adult ? StoresAdultMg : StoresPerKgChildMg * weightKg;
        var hbTerm = Math.Max(0, target - hemoglobinGPerL) / 10.0; // g/L → g/dL
        return new IronDeficit(weightKg * hbTerm * Factor + stores, target, stores);
    }
}
