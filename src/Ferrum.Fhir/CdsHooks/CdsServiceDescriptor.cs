using System.Text.Json.Serialization;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>One service in the CDS Hooks discovery document.</summary>
public sealed record CdsServiceDescriptor
{
    /// <summary>The hook it answers.</summary>
    [JsonPropertyName("hook")] public required string Hook { get; init; }
    /// <summary>Human-friendly name.</summary>
    [JsonPropertyName("title")] public required string Title { get; init; }
    /// <summary>What it does.</summary>
    [JsonPropertyName("description")] public required string Description { get; init; }
    /// <summary>The id in <c>/cds-services/{id}</c>.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>Prefetch templates by key.</summary>
    [JsonPropertyName("prefetch")] public required IReadOnlyDictionary<string, string> Prefetch { get; init; }
    /// <summary>What the EHR must grant.</summary>
    [JsonPropertyName("usageRequirements")] public string? UsageRequirements { get; init; }
}
