using Ferrum.Clinical.Json;
using Ferrum.Fhir.Input;

namespace Ferrum.Fhir.Bulk;

/// <summary>Assesses one joined patient of a bulk run: engine result → FHIR NDJSON lines and a summary row.</summary>
internal static class BulkAssessor
{
    [ThreadStatic] private static BulkFhirWriter? Writer;

    public static PatientOutcome Assess(PatientRecord record, DateOnly asOf)
    {
        var a = FhirAssessment.AssessRecord(record, asOf);
        var first = a.Issues.Count > 0 ? a.Issues[0].ToString() : null;
        if (a.Result is not { } r)
            return new PatientOutcome([], new SummaryRow { PatientId = a.PatientId, Therapy = "not-assessed", Issues = a.Issues.Count, FirstIssue = first }, "not-assessed", "not-assessed");
        var therapy = ContractNames.Of(r.Therapy.Recommendation);
        var anemia = r.Iron.Anemia switch { true => "anemia", false => "no-anemia", null => "unknown" };
        var row = new SummaryRow
        {
            PatientId = a.PatientId,
            Assessed = true,
            AgeYears = (int)a.Input!.Patient.AgeYears,
            Sex = a.Input.Patient.Sex.ToString().ToLowerInvariant(),
            RlsStatus = ContractNames.Of(r.Rls.Status),
            IrlsTotal = r.Rls.IrlsTotal,
            FerritinUgPerL = r.Iron.FerritinUgPerL,
            TsatPercent = r.Iron.TsatPercent,
            HemoglobinGPerL = r.Iron.HemoglobinGPerL,
            Anemia = anemia,
            IronDeficiency = ContractNames.Of(r.Iron.IronDeficiency),
            Therapy = therapy,
            AggravatingMedications = r.AggravatingMedications.Count == 0 ? null : string.Join("; ", r.AggravatingMedications.Select(m => m.Generic ?? m.Name)),
            Issues = a.Issues.Count,
            FirstIssue = first,
        };
        return new PatientOutcome((Writer ??= new BulkFhirWriter()).Write(r, a.PatientId), row, therapy, anemia);
    }
}
