using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferrum.Study.Reports;

/// <summary>An input file named in provenance: its name and the SHA-256 of its bytes.</summary>
/// <param name="Role">What the file is (data, spec, plate, layout).</param>
/// <param name="Name">File name as given.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes read.</param>
/// <param name="Bytes">Size in bytes.</param>
public sealed record InputFingerprint(string Role, string Name, string Sha256, long Bytes)
{
    /// <summary>Fingerprints <paramref name="content"/>.</summary>
    public static InputFingerprint Of(string role, string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new InputFingerprint(role, name, Convert.ToHexStringLower(SHA256.HashData(content)), content.LongLength);
    }
}

/// <summary>Builds <c>provenance.json</c>: inputs with SHA-256, Ferrum version, seed and the conventions used.</summary>
public static class Provenance
{
    /// <summary>Ferrum's informational version (the Study assembly's).</summary>
    public static string FerrumVersion { get; } =
        typeof(Provenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Provenance).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The provenance document; <paramref name="generatedAt"/> is passed in (no hidden clock), null to omit it.</summary>
    public static string Json(IEnumerable<InputFingerprint> inputs, int? seed, bool synthetic, IReadOnlyDictionary<string, string> conventions, DateTimeOffset? generatedAt)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(conventions);
        var doc = new JsonObject
        {
            ["tool"] = "ferrum",
            ["ferrumVersion"] = FerrumVersion,
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["synthetic"] = synthetic,
            ["seed"] = seed,
            ["inputs"] = new JsonArray([.. inputs.Select(i => (JsonNode)new JsonObject { ["role"] = i.Role, ["name"] = i.Name, ["sha256"] = i.Sha256, ["bytes"] = i.Bytes })]),
            ["conventions"] = new JsonObject([.. conventions.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))]),
        };
        if (generatedAt is { } at) doc["generatedAt"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
