using Ferrum.Clinical.Json;
using Ferrum.Fhir.Input;

namespace Ferrum.Fhir.Bulk;

/// <summary>Turns one patient's assessment into the bulk outputs: FHIR NDJSON lines (via the writer) and a summary row.</summary>
internal static class BulkAssessor
{
    /// <summary>Assesses <paramref name="record"/> as of <paramref name="asOf"/>; FHIR lines go to <paramref name="fhir"/>.</summary>
    public static PatientOutcome Assess(PatientRecord record, DateOnly asOf, BulkFhirWriter fhir) =>
        Outcome(FhirAssessment.AssessRecord(record, asOf), fhir);

    /// <summary>The outputs of an assessment made by any path (bulk or Bundle); FHIR lines go to <paramref name="fhir"/>.</summary>
    public static PatientOutcome Outcome(FhirPatientAssessment a, BulkFhirWriter fhir)
    {
        var first = a.Issues.Count > 0 ? a.Issues[0].ToString() : null;
        if (a.Result is not { } r)
            return new PatientOutcome(new SummaryRow { PatientId = a.PatientId, Therapy = "not-assessed", Issues = a.Issues.Count, FirstIssue = first }, "not-assessed", "not-assessed");
        var therapy = ContractNames.Of(r.Therapy.Recommendation);
        var anemia = r.Iron.Anemia switch { true => "anemia", false => "no-anemia", null => "unknown" };
        var row = new SummaryRow
        {
            PatientId = a.PatientId,
            Assessed = true,
            AgeYears = (int)a.Input!.Patient.AgeYears,
            Sex = a.Input.Patient.Sex == Core.Patients.Sex.Female ? "female" : "male",
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
        fhir.Write(r, a.PatientId);
        return new PatientOutcome(row, therapy, anemia);
    }
}
