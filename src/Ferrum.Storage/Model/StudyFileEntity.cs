namespace Ferrum.Storage.Model;

/// <summary>One file of a study run's report bundle (report.html, figures, tables, results.json).</summary>
internal sealed class StudyFileEntity
{
    public long Id { get; set; }
    public Guid StudyRunId { get; set; }
    public string Path { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
