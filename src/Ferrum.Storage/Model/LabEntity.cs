namespace Ferrum.Storage.Model;

/// <summary>One laboratory result of a patient, as entered (LOINC code, value, unit as written, date drawn).</summary>
internal sealed class LabEntity
{
    public Guid Id { get; set; }
    public Guid PatientId { get; set; }
    public string Loinc { get; set; } = "";
    public double Value { get; set; }
    public string Unit { get; set; } = "";
    public DateOnly Date { get; set; }
    public Guid? AssessmentId { get; set; }
    public DateTime CreatedAt { get; set; }
}
