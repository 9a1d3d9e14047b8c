namespace Ferrum.Storage.Model;

/// <summary>One entry of a patient's medication list, in the order entered.</summary>
internal sealed class MedicationEntity
{
    public long Id { get; set; }
    public Guid PatientId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
}
