namespace Ferrum.Storage.Patients;

/// <summary>How an optimistic update ended: updated, no such record, or someone else changed it first.</summary>
internal enum UpdateStatus
{
    Updated,
    NotFound,
    Conflict,
}

/// <summary>The outcome of an update: the new view when updated, the current version on conflict.</summary>
internal sealed record UpdateOutcome(UpdateStatus Status, PatientView? Patient, long? CurrentVersion)
{
    public static UpdateOutcome NotFound { get; } = new(UpdateStatus.NotFound, null, null);
}
