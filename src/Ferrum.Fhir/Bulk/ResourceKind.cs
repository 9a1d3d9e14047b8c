namespace Ferrum.Fhir.Bulk;

/// <summary>The resource types the Bulk Data reader reads.</summary>
internal enum ResourceKind : byte
{
    /// <summary>A type Ferrum does not read; skipped.</summary>
    Other,
    /// <summary>Patient.</summary>
    Patient,
    /// <summary>Observation.</summary>
    Observation,
    /// <summary>MedicationRequest.</summary>
    MedicationRequest,
    /// <summary>MedicationStatement.</summary>
    MedicationStatement,
    /// <summary>Condition.</summary>
    Condition,
    /// <summary>QuestionnaireResponse.</summary>
    QuestionnaireResponse,
}
