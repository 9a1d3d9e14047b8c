namespace Ferrum.Storage.Labs;

/// <summary>A lab result to store: LOINC code, value, unit as written, date drawn.</summary>
internal sealed record LabDraft(string Loinc, double Value, string Unit, DateOnly Date);

/// <summary>A stored lab result; <paramref name="AssessmentId"/> names the assessment it was entered with, if any.</summary>
internal sealed record LabView(Guid Id, string Loinc, double Value, string Unit, DateOnly Date, Guid? AssessmentId);
