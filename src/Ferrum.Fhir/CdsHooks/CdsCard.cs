using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>One CDS Hooks card.</summary>
public sealed record CdsCard
{
    /// <summary>Stable id of the card (deterministic for the same patient and rule).</summary>
    [JsonPropertyName("uuid")] public required string Uuid { get; init; }
    /// <summary>One line, at most 140 characters.</summary>
    [JsonPropertyName("summary")] public required string Summary { get; init; }
    /// <summary>Markdown detail.</summary>
    [JsonPropertyName("detail")] public string? Detail { get; init; }
    /// <summary><c>info</c>, <c>warning</c> or <c>critical</c>.</summary>
    [JsonPropertyName("indicator")] public required string Indicator { get; init; }
    /// <summary>The guideline the card is grounded in.</summary>
    [JsonPropertyName("source")] public required CdsSource Source { get; init; }
    /// <summary>Links, e.g. to the full assessment in the Ferrum app.</summary>
    [JsonPropertyName("links")] public IReadOnlyList<CdsLink> Links { get; init; } = [];

    /// <summary>The longest summary CDS Hooks allows.</summary>
    public const int MaxSummaryLength = 140;
}
