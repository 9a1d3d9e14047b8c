using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>The discovery document served at <c>/cds-services</c>.</summary>
/// <param name="Services">The services.</param>
public sealed record CdsDiscovery([property: JsonPropertyName("services")] IReadOnlyList<CdsServiceDescriptor> Services);
