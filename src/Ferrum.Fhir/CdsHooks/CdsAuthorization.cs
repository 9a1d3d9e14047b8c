using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>The <c>fhirAuthorization</c> object of a CDS Hooks request.</summary>
public sealed class CdsAuthorization
{
    /// <summary>The bearer token.</summary>
    [JsonPropertyName("access_token")] public string? AccessToken { get; init; }
    /// <summary>Always <c>Bearer</c>.</summary>
    [JsonPropertyName("token_type")] public string? TokenType { get; init; }
    /// <summary>Lifetime in seconds.</summary>
    [JsonPropertyName("expires_in")] public int? ExpiresIn { get; init; }
    /// <summary>Granted scopes.</summary>
    [JsonPropertyName("scope")] public string? Scope { get; init; }
    /// <summary>The OAuth client id of the CDS service.</summary>
    [JsonPropertyName("subject")] public string? Subject { get; init; }
}
