namespace Ferrum.Storage.Model;

/// <summary>One run of a study analysis or ELISA evaluation: the spec it used, its state and its machine-readable results.</summary>
internal sealed class StudyRunEntity
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Status { get; set; } = "";
    public string SpecText { get; set; } = "";
    public string? ResultsJson { get; set; }
    public string? Error { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}
