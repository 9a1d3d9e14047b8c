using System.Text.Json.Nodes;
using Ferrum.Core.Labs;
using Ferrum.Storage.Patients;
using Ferrum.Web.Components.Shared;
using Ferrum.Web.Validation;

namespace Ferrum.Web.Ui;

/// <summary>
/// What the assessment form holds; <see cref="ToJson"/> writes the DESIGN.md input JSON, so the form goes through
/// exactly the reader the CLI and the API use. Yes/no questions are tri-state: "" means not asked.
/// </summary>
internal sealed class AssessmentFormModel
{
    public double? AgeYears { get; set; }
    public string Sex { get; set; } = "";
    public bool Pregnant { get; set; }
    public int? Trimester { get; set; }
    public bool Postmenopausal { get; set; }
    public int? CkdStage { get; set; }
    public bool OnDialysis { get; set; }
    public double? WeightKg { get; set; }
    public double? ElevationMeters { get; set; }
    public bool Smoker { get; set; }
    public double? CigarettesPerDay { get; set; }

    public string UrgeToMove { get; set; } = "";
    public string WorseAtRest { get; set; } = "";
    public string ReliefByMovement { get; set; } = "";
    public string WorseEveningOrNight { get; set; } = "";
    public string NotExplainedByOtherCondition { get; set; } = "";
    public string ClinicallySignificant { get; set; } = "";
    public double? EpisodesPerWeek { get; set; }
    public double? MonthsWithSymptoms { get; set; }

    public int?[] Irls { get; } = new int?[10];
    public List<LabInput> Labs { get; } = [];
    public string MedicationText { get; set; } = "";

    /// <summary>Row index in <see cref="Labs"/> of each <c>$.labs[i]</c> written by the last <see cref="ToJson"/>.</summary>
    public IReadOnlyList<int> LabRows { get; private set; } = [];

    public static AssessmentFormModel For(PatientView? patient, DateOnly today)
    {
        var m = new AssessmentFormModel();
        foreach (var a in new[] { Analytes.Ferritin, Analytes.Hemoglobin, Analytes.TransferrinSaturation, Analytes.Crp })
            m.Labs.Add(LabEntry.NewRow(a, today));
        if (patient is null) return m;
        m.Sex = patient.Sex;
        m.MedicationText = string.Join("\n", patient.Medications);
        if (patient.BirthDate is { } b)
            m.AgeYears = today.Year - b.Year - (today < b.AddYears(today.Year - b.Year) ? 1 : 0);
        return m;
    }

    public string ToJson()
    {
        var patient = new JsonObject { ["ageYears"] = AgeYears, ["sex"] = Sex.Length == 0 ? null : Sex };
        patient["pregnant"] = Pregnant;
        if (Pregnant && Trimester is { } t) patient["trimester"] = t;
        patient["postmenopausal"] = Postmenopausal;
        if (CkdStage is { } ckd) patient["ckdStage"] = ckd;
        patient["onDialysis"] = OnDialysis;
        if (WeightKg is { } w) patient["weightKg"] = w;
        if (ElevationMeters is { } e) patient["elevationMeters"] = e;
        patient["smoker"] = Smoker;
        if (Smoker && CigarettesPerDay is { } c) patient["cigarettesPerDay"] = c;

        var rls = new JsonObject();
        Tri(rls, "urgeToMove", UrgeToMove);
        Tri(rls, "worseAtRest", WorseAtRest);
        Tri(rls, "reliefByMovement", ReliefByMovement);
        Tri(rls, "worseEveningOrNight", WorseEveningOrNight);
        Tri(rls, "notExplainedByOtherCondition", NotExplainedByOtherCondition);
        Tri(rls, "clinicallySignificant", ClinicallySignificant);
        if (EpisodesPerWeek is { } ep) rls["episodesPerWeek"] = ep;
        if (MonthsWithSymptoms is { } mo) rls["monthsWithSymptoms"] = mo;

        var root = new JsonObject { ["patient"] = patient };
        if (rls.Count > 0) root["rls"] = rls;
        if (Irls.Any(i => i is not null)) root["irls"] = new JsonArray([.. Irls.Select(i => i is { } v ? JsonValue.Create(v) : null)]);

        var labs = new JsonArray();
        var rows = new List<int>();
        for (var i = 0; i < Labs.Count; i++)
        {
            var l = Labs[i];
            if (l.Value is null) continue;
            var lab = new JsonObject { ["loinc"] = l.Loinc, ["value"] = l.Value, ["unit"] = l.Unit };
            if (l.Date is { } d) lab["date"] = AssessmentRunnerDate(d);
            labs.Add(lab);
            rows.Add(i);
        }
        LabRows = rows;
        if (labs.Count > 0) root["labs"] = labs;
        var meds = MedicationText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (meds.Length > 0) root["medications"] = new JsonArray([.. meds.Select(m => JsonValue.Create(m))]);
        return root.ToJsonString();
    }

    /// <summary>The JSON location of a form field, for matching reader errors: lab rows map through <see cref="LabRows"/>.</summary>
    public string LabLocation(int row, string field)
    {
        var index = LabRows.ToList().IndexOf(row);
        return index < 0 ? "" : $"$.labs[{index}].{field}";
    }

    private static string AssessmentRunnerDate(DateOnly d) => Format.Date(d);

    private static void Tri(JsonObject o, string name, string value)
    {
        if (value == "yes") o[name] = true;
        else if (value == "no") o[name] = false;
    }
}
