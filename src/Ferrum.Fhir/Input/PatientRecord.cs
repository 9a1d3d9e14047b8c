namespace Ferrum.Fhir.Input;

/// <summary>Everything Ferrum read about one patient from FHIR, before it becomes the engine's input.</summary>
internal sealed class PatientRecord(string patientId)
{
    /// <summary>The Patient's logical id that resources refer to.</summary>
    public string PatientId { get; } = patientId;

    /// <summary>Demographics, when a Patient resource was seen.</summary>
    public PatientFact? Patient { get; set; }

    /// <summary>Laboratory values, all dates.</summary>
    public List<LabFact> Labs { get; } = [];

    /// <summary>Active medications.</summary>
    public List<MedicationFact> Medications { get; } = [];

    /// <summary>Active conditions Ferrum uses.</summary>
    public List<ConditionFact> Conditions { get; } = [];

    /// <summary>Answers to Ferrum's questionnaires, latest response first wins per linkId.</summary>
    public List<AnswerFact> Answers { get; } = [];

    /// <summary>Problems met while mapping this patient's resources.</summary>
    public List<MappingIssue> Issues { get; } = [];
}
