using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>A CDS Hooks 2.0 service request (the body the EHR POSTs to <c>/cds-services/{id}</c>).</summary>
public sealed class CdsRequest
{
    /// <summary>The hook that triggered the call, e.g. <c>patient-view</c>.</summary>
    [JsonPropertyName("hook")] public string? Hook { get; init; }
    /// <summary>A UUID for this hook invocation.</summary>
    [JsonPropertyName("hookInstance")] public string? HookInstance { get; init; }
    /// <summary>Base URL of the EHR's FHIR server, for fetching what prefetch did not supply.</summary>
    [JsonPropertyName("fhirServer")] public Uri? FhirServer { get; init; }
    /// <summary>The OAuth 2.0 bearer token for <see cref="FhirServer"/>.</summary>
    [JsonPropertyName("fhirAuthorization")] public CdsAuthorization? FhirAuthorization { get; init; }
    /// <summary>Hook context: <c>userId</c>, <c>patientId</c>, <c>draftOrders</c>, <c>selections</c>, …</summary>
    [JsonPropertyName("context")] public JsonElement Context { get; init; }
    /// <summary>Prefetched FHIR data by template key; a key may be missing or null.</summary>
    [JsonPropertyName("prefetch")] public Dictionary<string, JsonElement>? Prefetch { get; init; }

    /// <summary>A string member of <see cref="Context"/>, or null.</summary>
    public string? ContextString(string name) =>
        Context.ValueKind == JsonValueKind.Object && Context.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
