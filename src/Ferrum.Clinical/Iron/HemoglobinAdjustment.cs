using Ferrum.Clinical.Rules;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Iron;

/// <summary>WHO 2024 adjustments subtracted from measured hemoglobin for elevation of residence and smoking (g/L).</summary>
public static class HemoglobinAdjustment
{
    /// <summary>Linear coefficient of the elevation adjustment, g/L per metre.</summary>
    public const double ElevationLinear = 0.0056384;

    /// <summary>Quadratic coefficient of the elevation adjustment, g/L per metre squared.</summary>
    public const double ElevationQuadratic = 0.0000003;

    /// <summary>Elevation adjustment rule.</summary>
    public static ClinicalRule ElevationRule { get; } = new("iron.who2024.hb-elevation-adjustment", "iron",
        "Hemoglobin is adjusted for elevation of residence: subtract 0.0056384 × elevation(m) + 0.0000003 × elevation(m)² g/L (elevations above sea level only).",
        Sources.Who2024 with { Locator = "Recommendation on elevation adjustment (formula as in r-micronutrients anaemia_adjustment)" });

    /// <summary>Smoking adjustment rule.</summary>
    public static ClinicalRule SmokingRule { get; } = new("iron.who2024.hb-smoking-adjustment", "iron",
        "Hemoglobin is adjusted for smoking: subtract 3 g/L for smokers (fewer than 10 or unknown cigarettes a day), 5 g/L for 10-19 a day, 6 g/L for 20 or more.",
        Sources.Who2024 with
        {
            Locator = "Recommendation on smoking adjustment",
            Note = "Bands as implemented in r-micronutrients anaemia_adjustment (3/5/6 g/L); the guideline's own table was not available to confirm them.",
        });

    /// <summary>Elevation adjustment (g/L) for an elevation in metres; 0 at or below sea level.</summary>
    public static double ForElevation(double? elevationMeters) =>
        elevationMeters is { } e && e > 0 ? ElevationLinear * e + ElevationQuadratic * e * e : 0;

    /// <summary>Smoking adjustment (g/L).</summary>
    public static double ForSmoking(bool? smoker, double? cigarettesPerDay)
    {
        if (smoker != true) return 0;
        return cigarettesPerDay switch
        {
            >= 20 => 6,
            >= 10 => 5,
            _ => 3,
        };
    }

    /// <summary>Total adjustment for <paramref name="patient"/>.</summary>
    public static double For(PatientContext patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return ForElevation(patient.ElevationMeters) + ForSmoking(patient.Smoker, patient.CigarettesPerDay);
    }
}
