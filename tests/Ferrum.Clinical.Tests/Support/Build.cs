using Ferrum.Clinical;
using Ferrum.Clinical.Assessment;
using Ferrum.Core.Labs;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Tests.Support;

/// <summary>Builders for engine inputs in tests.</summary>
internal static class Build
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static LabResult Lab(string loinc, double value, string unit, DateOnly? date = null)
    {
        Assert.True(LabResult.TryCreate(loinc, value, unit, date, "$.labs[0]", out var lab, out var error), error?.ToString());
        return lab!;
    }

    public static LabResult Ferritin(double ugPerL) => Lab("2276-4", ugPerL, "ug/L");
    public static LabResult Hb(double gPerL) => Lab("718-7", gPerL, "g/L");
    public static LabResult Tsat(double percent) => Lab("2502-3", percent, "%");
    public static LabResult Crp(double mgPerL) => Lab("1988-5", mgPerL, "mg/L");

    public static RlsSymptoms RlsMet(double episodesPerWeek = 4) => new()
    {
        UrgeToMove = true, WorseAtRest = true, ReliefByMovement = true, WorseEveningOrNight = true,
        NotExplainedByOtherCondition = true, EpisodesPerWeek = episodesPerWeek, ClinicallySignificant = true,
    };

    public static int[] Irls(int total)
    {
        var items = new int[10];
        for (var i = 0; i < total; i++) items[i % 10]++;
        return items;
    }

    public static AssessmentResult Assess(PatientContext patient, RlsSymptoms? rls = null, int[]? irls = null, params LabResult[] labs) =>
        AssessmentEngine.Assess(new AssessmentInput(patient, rls, irls, labs, []), Today);

    public static AssessmentResult AssessRls(PatientContext patient, int irlsTotal, params LabResult[] labs) =>
        Assess(patient, RlsMet(), Irls(irlsTotal), labs);

    public static PatientContext Adult(Sex sex = Sex.Female, double age = 45) => PatientContext.Create(age, sex);
}
