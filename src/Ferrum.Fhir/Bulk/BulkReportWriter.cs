using System.Text.Json;

namespace Ferrum.Fhir.Bulk;

/// <summary>Writes a <see cref="BulkReport"/> as JSON.</summary>
internal static class BulkReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void WriteJson(BulkReport report, string path) => File.WriteAllText(path, JsonSerializer.Serialize(report, Options) + "\n");
}
