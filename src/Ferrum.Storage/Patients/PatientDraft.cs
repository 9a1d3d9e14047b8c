namespace Ferrum.Storage.Patients;

/// <summary>What a user enters to create or replace a patient's record (validated by the front door).</summary>
internal sealed record PatientDraft(string DisplayName, DateOnly? BirthDate, string Sex, IReadOnlyList<string> Medications);
