namespace Ferrum.Storage.Patients;

/// <summary>A patient's record as stored, with its care unit and the version that its ETag carries.</summary>
internal sealed record PatientView(
    Guid Id, string DisplayName, DateOnly? BirthDate, string Sex, IReadOnlyList<string> Medications,
    Guid CareUnitId, long Version, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A patient as listed (no medications).</summary>
internal sealed record PatientListItem(Guid Id, string DisplayName, DateOnly? BirthDate, string Sex, DateTime UpdatedAt, Guid CareUnitId);
