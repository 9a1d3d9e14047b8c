namespace Ferrum.Storage.Model;

/// <summary>A stored assessment: the input and result JSON exactly as the engine contract defines them, plus a summary for lists.</summary>
internal sealed class AssessmentEntity
{
    public Guid Id { get; set; }
    public Guid? PatientId { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string RuleSet { get; set; } = "";
    public string InputJson { get; set; } = "";
    public string ResultJson { get; set; } = "";
    public string? RlsStatus { get; set; }
    public string? IronDeficiency { get; set; }
    public string? TherapyRecommendation { get; set; }
}
