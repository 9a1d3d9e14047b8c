namespace Ferrum.Storage.Model;

/// <summary>A patient's record: demographics the assessment needs, medication list, optimistic-concurrency version.</summary>
internal sealed class PatientEntity
{
    public Guid Id { get; set; }
    public string DisplayName { get; set; } = "";
    /// <summary>Upper-cased invariant copy of <see cref="DisplayName"/>, for case-insensitive search on every provider.</summary>
    public string SearchName { get; set; } = "";
    public DateOnly? BirthDate { get; set; }
    public string Sex { get; set; } = "";
    /// <summary>The care unit the record belongs to; only its members (and admins) may read or change it.</summary>
    public Guid CareUnitId { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<MedicationEntity> Medications { get; set; } = [];
}
