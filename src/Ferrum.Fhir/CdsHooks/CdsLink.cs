using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>A card link.</summary>
/// <param name="Label">Link text.</param>
/// <param name="Url">Target.</param>
/// <param name="Type"><c>absolute</c> (a web page) or <c>smart</c> (a SMART app launch).</param>
public sealed record CdsLink([property: JsonPropertyName("label")] string Label, [property: JsonPropertyName("url")] Uri Url, [property: JsonPropertyName("type")] string Type = "absolute");
