using Ferrum.Core.Errors;

namespace Ferrum.Core.Patients;

/// <summary>The facts about a patient that guideline thresholds depend on. Unknown facts are null, never guessed.</summary>
/// <remarks>Create with <see cref="TryCreate"/>; every member is get-only so <c>with</c> cannot bypass validation.</remarks>
public sealed class PatientContext
{
    private PatientContext() { }

    /// <summary>Age in years (fractional for infants: 0.5 = 6 months).</summary>
    public double AgeYears { get; private init; }

    /// <summary>Age in completed months (floor of years × 12).</summary>
    public int AgeMonths => (int)Math.Floor(AgeYears * 12 + 1e-9);

    /// <summary>Sex.</summary>
    public Sex Sex { get; private init; }

    /// <summary>Whether the patient is pregnant; null when unknown.</summary>
    public bool? Pregnant { get; private init; }

    /// <summary>Pregnancy trimester 1–3 when pregnant and known.</summary>
    public int? Trimester { get; private init; }

    /// <summary>Whether the patient is postmenopausal; null when unknown.</summary>
    public bool? Postmenopausal { get; private init; }

    /// <summary>Chronic kidney disease stage 1–5; null when none or unknown.</summary>
    public int? CkdStage { get; private init; }

    /// <summary>Whether the patient is on dialysis; null when unknown.</summary>
    public bool? OnDialysis { get; private init; }

    /// <summary>Body weight in kg.</summary>
    public double? WeightKg { get; private init; }

    /// <summary>Elevation of residence above sea level, metres.</summary>
    public double? ElevationMeters { get; private init; }

    /// <summary>Whether the patient smokes; null when unknown.</summary>
    public bool? Smoker { get; private init; }

    /// <summary>Cigarettes per day, when the patient smokes and it is known.</summary>
    public double? CigarettesPerDay { get; private init; }

    /// <summary>Whether the patient is an adult (≥ 18 years).</summary>
    public bool IsAdult => AgeYears >= 18;

    /// <summary>Accepted ranges, stated once for validation and messages.</summary>
    public static class Ranges
    {
        /// <summary>Age, years.</summary>
        public const double AgeMin = 0, AgeMax = 120;

        /// <summary>Weight, kg.</summary>
        public const double WeightMin = 0.5, WeightMax = 350;

        /// <summary>Elevation, metres (Dead Sea shore to highest permanent settlements).</summary>
        public const double ElevationMin = -430, ElevationMax = 6000;

        /// <summary>Cigarettes per day.</summary>
        public const double CigarettesMin = 0, CigarettesMax = 200;
    }

    /// <summary>Validates the facts and creates a context; <paramref name="errors"/> names each bad field by JSON path under <paramref name="path"/>.</summary>
    public static bool TryCreate(double ageYears, Sex sex, bool? pregnant, int? trimester, bool? postmenopausal, int? ckdStage,
        bool? onDialysis, double? weightKg, double? elevationMeters, bool? smoker, double? cigarettesPerDay, string path,
        out PatientContext? context, out IReadOnlyList<InputError> errors)
    {
        var list = new List<InputError>();
        Range(list, path, "ageYears", ageYears, Ranges.AgeMin, Ranges.AgeMax, "years");
        if (weightKg is { } w) Range(list, path, "weightKg", w, Ranges.WeightMin, Ranges.WeightMax, "kg");
        if (elevationMeters is { } e) Range(list, path, "elevationMeters", e, Ranges.ElevationMin, Ranges.ElevationMax, "m");
        if (cigarettesPerDay is { } c) Range(list, path, "cigarettesPerDay", c, Ranges.CigarettesMin, Ranges.CigarettesMax, "per day");
        if (trimester is { } t && (t < 1 || t > 3))
            list.Add(Bad(path, "trimester", t.ToString(System.Globalization.CultureInfo.InvariantCulture), "1, 2, 3 or null", "trimester.out-of-range", "trimester is out of range"));
        if (trimester is not null && pregnant == false)
            list.Add(Bad(path, "trimester", trimester.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "null unless pregnant", "trimester.not-pregnant", "trimester is given but pregnant is false"));
        if (pregnant == true && sex == Sex.Male)
            list.Add(Bad(path, "pregnant", "true", "false or null for males", "pregnant.male", "pregnant is true for a male patient"));
        if (ckdStage is { } k && (k < 1 || k > 5))
            list.Add(Bad(path, "ckdStage", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "1 to 5 or null", "ckd.out-of-range", "ckdStage is out of range"));
        context = null;
        errors = list;
        if (list.Count > 0) return false;
        context = new PatientContext
        {
            AgeYears = ageYears, Sex = sex, Pregnant = pregnant ?? (trimester is not null ? true : null), Trimester = trimester,
            Postmenopausal = postmenopausal, CkdStage = ckdStage, OnDialysis = onDialysis, WeightKg = weightKg,
            ElevationMeters = elevationMeters, Smoker = smoker ?? (cigarettesPerDay > 0 ? true : null), CigarettesPerDay = cigarettesPerDay,
        };
        return true;
    }

    /// <summary>Creates a context or throws <see cref="InputErrorException"/>; convenient for tests and samples.</summary>
    public static PatientContext Create(double ageYears, Sex sex, bool? pregnant = null, int? trimester = null, bool? postmenopausal = null,
        int? ckdStage = null, bool? onDialysis = null, double? weightKg = null, double? elevationMeters = null, bool? smoker = null,
        double? cigarettesPerDay = null) =>
        TryCreate(ageYears, sex, pregnant, trimester, postmenopausal, ckdStage, onDialysis, weightKg, elevationMeters, smoker,
            cigarettesPerDay, "$.patient", out var ctx, out var errors) ? ctx! : throw new InputErrorException(errors);

    private static void Range(List<InputError> list, string path, string field, double value, double min, double max, string unit)
    {
        if (double.IsFinite(value) && value >= min && value <= max) return;
        list.Add(Bad(path, field, value.ToString("G", System.Globalization.CultureInfo.InvariantCulture),
            FormattableString.Invariant($"{min} to {max} {unit}"), "value.out-of-range", $"{field} is out of range"));
    }

    private static InputError Bad(string path, string field, string value, string accepted, string code, string message) =>
        new(code, message) { Location = path + "." + field, Field = field, Value = value, Accepted = accepted };
}
