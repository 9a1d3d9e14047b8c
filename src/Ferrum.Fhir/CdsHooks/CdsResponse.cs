using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>A CDS Hooks service response.</summary>
/// <param name="Cards">Cards to show; may be empty.</param>
public sealed record CdsResponse([property: JsonPropertyName("cards")] IReadOnlyList<CdsCard> Cards);
