namespace Ferrum.Fhir.Bulk;

/// <summary>What one NDJSON line contributed: a fact or issue for a patient, or nothing.</summary>
/// <param name="Kind">The resource type of the line.</param>
/// <param name="PatientId">The patient it belongs to; null when it names none.</param>
/// <param name="Fact">A PatientFact, LabFact, MedicationFact, ConditionFact, AnswerFact or MappingIssue; null when the line adds nothing.</param>
internal readonly record struct ScannedFact(ResourceKind Kind, string? PatientId, object? Fact);
