using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Input;

/// <summary>
/// The mapping rules from the primitive content of a resource to a fact or an issue. Shared by the
/// resource mapper (Firely POCOs) and the Bulk Data scanner (raw JSON), so both read FHIR the same way.
/// </summary>
internal static class FactRules
{
    private static readonly string AcceptedLoinc = string.Join(", ", LabCodes.All);

    /// <summary>Observation statuses whose values Ferrum uses.</summary>
    public static bool UsableObservationStatus(string? status) =>
        status is null or "final" or "amended" or "corrected" or "preliminary";

    /// <summary>Maps an Observation's LOINC code, value and unit to a lab fact, or says why not.</summary>
    public static object Lab(string id, string? loinc, bool hasCode, double? value, string? unit, DateOnly? date, string? status)
    {
        if (!UsableObservationStatus(status))
            return new MappingIssue("Observation", id, "observation.status-not-used", $"status '{status}' is not final, amended, corrected or preliminary; value ignored");
        if (loinc is null)
            return new MappingIssue("Observation", id, hasCode ? "observation.code-not-loinc" : "observation.code-missing",
                hasCode ? "no LOINC coding (system http://loinc.org); value ignored" : "no code; value ignored");
        if (LabCodes.NameOf(loinc) is null)
            return new MappingIssue("Observation", id, "observation.code-not-used", $"LOINC {loinc} is not a code Ferrum reads; accepted: {AcceptedLoinc}");
        if (value is null)
            return new MappingIssue("Observation", id, "observation.value-missing", $"LOINC {loinc} has no valueQuantity.value; value ignored");
        if (string.IsNullOrWhiteSpace(unit))
            return new MappingIssue("Observation", id, "observation.unit-missing", $"LOINC {loinc} value {value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} has no unit (valueQuantity.code or .unit); value ignored");
        return new LabFact(id, loinc, value.Value, unit, date);
    }

    /// <summary>Whether a MedicationRequest/MedicationStatement status means the drug is (about to be) taken.</summary>
    public static bool ActiveMedicationStatus(string? status) =>
        status is null or "active" or "draft" or "on-hold" or "intended";

    /// <summary>Whether a Condition's clinical and verification status make it count.</summary>
    public static bool ActiveCondition(string? clinicalStatus, string? verificationStatus) =>
        clinicalStatus is null or "active" or "recurrence" or "relapse"
        && verificationStatus is not ("refuted" or "entered-in-error");
}
