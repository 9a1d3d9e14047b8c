namespace Ferrum.Fhir.Input;

/// <summary>A problem met while mapping one FHIR resource; reported, never thrown.</summary>
/// <param name="ResourceType">The FHIR resource type, e.g. <c>Observation</c>.</param>
/// <param name="ResourceId">The resource's id, or <c>(no id)</c>.</param>
/// <param name="Code">Stable code, e.g. <c>observation.unit-missing</c>.</param>
/// <param name="Message">What is wrong and what Ferrum did about it.</param>
public sealed record MappingIssue(string ResourceType, string ResourceId, string Code, string Message)
{
    /// <summary>The NDJSON file the resource came from (bulk input only).</summary>
    public string? File { get; init; }

    /// <summary>The one-based line of <see cref="File"/> holding the resource (bulk input only).</summary>
    public long? Line { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{ResourceType}/{ResourceId}: {Message} [{Code}]";

    internal MappingIssue At(SourceLine? at) => at is { } s ? this with { File = s.File, Line = s.Line } : this;
}
