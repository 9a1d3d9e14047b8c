using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Input;

/// <summary>One active condition Ferrum uses.</summary>
/// <param name="ResourceId">The Condition's id.</param>
/// <param name="Kind">What it means for the assessment.</param>
/// <param name="CkdStage">CKD stage 1-5 when the code states one.</param>
internal sealed record ConditionFact(string ResourceId, ConditionKind Kind, int? CkdStage)
{
    /// <summary>Where the resource was read (bulk input only).</summary>
    public SourceLine? At { get; init; }
}
