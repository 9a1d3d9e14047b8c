namespace Ferrum.Storage.Studies;

/// <summary>States of a study run.</summary>
internal static class StudyRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

/// <summary>A stored study run.</summary>
internal sealed record StudyRunView(
    Guid Id, string Name, string Kind, string Status, string SpecText, string? ResultsJson, string? Error,
    string CreatedBy, DateTime CreatedAt, DateTime? FinishedAt);
