using Ferrum.Storage.Labs;

namespace Ferrum.Storage.Assessments;

/// <summary>An assessment to store: contract JSON in and out, a summary for lists, and the labs it was entered with.</summary>
internal sealed record AssessmentDraft(
    Guid? PatientId, string InputJson, string ResultJson, string RuleSet,
    string? RlsStatus, string? IronDeficiency, string? TherapyRecommendation, IReadOnlyList<LabDraft> Labs);

/// <summary>A stored assessment.</summary>
internal sealed record AssessmentView(
    Guid Id, Guid? PatientId, DateTime CreatedAt, string CreatedBy, string RuleSet, string InputJson, string ResultJson,
    string? RlsStatus, string? IronDeficiency, string? TherapyRecommendation);

/// <summary>An assessment as listed on a patient's page.</summary>
internal sealed record AssessmentListItem(Guid Id, DateTime CreatedAt, string CreatedBy, string RuleSet, string? RlsStatus, string? IronDeficiency, string? TherapyRecommendation);
