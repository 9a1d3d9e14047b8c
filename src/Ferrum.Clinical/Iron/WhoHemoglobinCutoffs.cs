using Ferrum.Clinical.Rules;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Iron;

/// <summary>WHO 2024 hemoglobin cut-offs by age, sex and pregnancy trimester, and the selection of the applicable row.</summary>
/// <remarks>
/// Age bands use completed months below 5 years and completed years from 5 years (5–11 means 5 up to 12).
/// WHO's reference R package compares unrounded ages, which leaves fractional ages between 11 and 12 and
/// between 14 and 15 years unclassified; Ferrum closes that gap by using completed years.
/// No cut-off is defined below 6 months of age.
/// </remarks>
public static class WhoHemoglobinCutoffs
{
    private static HemoglobinCutoff Row(string id, string group, double no, double mild, double moderate, string locator) =>
        new(group, no, mild, moderate, new ClinicalRule("iron.who2024.hb." + id, "iron",
            FormattableString.Invariant($"{group}: anemia when hemoglobin < {no} g/L (mild {mild}-{no - 0.1}, moderate {moderate}-{mild - 0.1}, severe < {moderate})."),
            Sources.Who2024 with { Locator = locator }) { Threshold = no, Unit = "g/L", Comparison = "<" });

    /// <summary>Children 6–23 months.</summary>
    public static HemoglobinCutoff Months6To23 { get; } = Row("6-23-months", "Children 6-23 months", 105, 95, 70, "Table 1, children 6-23 months");

    /// <summary>Children 24–59 months.</summary>
    public static HemoglobinCutoff Months24To59 { get; } = Row("24-59-months", "Children 24-59 months", 110, 100, 70, "Table 1, children 24-59 months");

    /// <summary>Children 5–11 years.</summary>
    public static HemoglobinCutoff Years5To11 { get; } = Row("5-11-years", "Children 5-11 years", 115, 110, 80, "Table 1, children 5-11 years");

    /// <summary>Adolescents 12–14 years.</summary>
    public static HemoglobinCutoff Years12To14 { get; } = Row("12-14-years", "Adolescents 12-14 years", 120, 110, 80, "Table 1, adolescents 12-14 years");

    /// <summary>Non-pregnant females 15 years and older.</summary>
    public static HemoglobinCutoff NonPregnantFemales { get; } = Row("female-15-plus", "Non-pregnant females 15 years and older", 120, 110, 80, "Table 1, non-pregnant females >= 15 years");

    /// <summary>Males 15 years and older.</summary>
    public static HemoglobinCutoff Males { get; } = Row("male-15-plus", "Males 15 years and older", 130, 110, 80, "Table 1, males >= 15 years");

    /// <summary>Pregnant, first or third trimester (or trimester unknown).</summary>
    public static HemoglobinCutoff PregnantFirstOrThird { get; } = Row("pregnant-t1-t3", "Pregnant, first or third trimester (or unknown)", 110, 100, 70, "Table 1, pregnant women, first and third trimesters");

    /// <summary>Pregnant, second trimester.</summary>
    public static HemoglobinCutoff PregnantSecond { get; } = Row("pregnant-t2", "Pregnant, second trimester", 105, 95, 70, "Table 1, pregnant women, second trimester");

    /// <summary>Every row.</summary>
    public static IReadOnlyList<HemoglobinCutoff> All { get; } =
        [Months6To23, Months24To59, Years5To11, Years12To14, NonPregnantFemales, Males, PregnantFirstOrThird, PregnantSecond];

    /// <summary>The row that applies to <paramref name="patient"/>, or null below 6 months of age.</summary>
    public static HemoglobinCutoff? For(PatientContext patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Pregnant == true && patient.Sex == Sex.Female)
            return patient.Trimester == 2 ? PregnantSecond : PregnantFirstOrThird;
        var months = patient.AgeMonths;
        if (months < 6) return null;
        if (months < 24) return Months6To23;
        if (months < 60) return Months24To59;
        var years = (int)Math.Floor(patient.AgeYears + 1e-9);
        if (years <= 11) return Years5To11;
        if (years <= 14) return Years12To14;
        return patient.Sex == Sex.Male ? Males : NonPregnantFemales;
    }
}
