using System.Text.Json;

namespace Ferrum.Statistics.Tests.Support;

/// <summary>Loads golden JSON files produced by tests/reference/statistics (copied next to the test assembly).</summary>
internal static class Golden
{
    public static JsonDocument Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "golden", name);
        if (!File.Exists(path)) throw new FileNotFoundException($"golden file {name} is missing: run tests/reference/statistics", path);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    /// <summary>Reads a JSON number, accepting R's "NA"/"Inf"/"-Inf"/"NaN" strings and null as NaN/∞.</summary>
    public static double Number(this JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.String => e.GetString() switch
        {
            "Inf" or "Infinity" => double.PositiveInfinity,
            "-Inf" or "-Infinity" => double.NegativeInfinity,
            _ => double.NaN,
        },
        _ => double.NaN,
    };

    public static double[] Numbers(this JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? e.EnumerateArray().Select(Number).ToArray()
        : [e.Number()];
}
