namespace Ferrum.Fhir.Input;

/// <summary>One answer from a QuestionnaireResponse to Ferrum's criteria or IRLS questionnaire.</summary>
/// <param name="ResourceId">The QuestionnaireResponse id.</param>
/// <param name="LinkId">The item's linkId (a code of Ferrum's CodeSystem).</param>
/// <param name="Flag">A boolean answer.</param>
/// <param name="Number">A numeric answer.</param>
internal sealed record AnswerFact(string ResourceId, string LinkId, bool? Flag, double? Number)
{
    /// <summary>Where the resource was read (bulk input only).</summary>
    public SourceLine? At { get; init; }
}
