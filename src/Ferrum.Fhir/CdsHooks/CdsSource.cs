using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>The <c>source</c> of a card: a label and a link to the guideline.</summary>
/// <param name="Label">Short name, e.g. <c>AASM 2024</c>.</param>
/// <param name="Url">Link to the guideline (DOI), when known.</param>
public sealed record CdsSource([property: JsonPropertyName("label")] string Label, [property: JsonPropertyName("url")] Uri? Url);
