using System.Text.Json;
using Ferrum.Statistics.Regression;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Regression;

/// <summary>Reads the model goldens written by tests/reference/statistics/models.R.</summary>
internal static class RegressionGolden
{
    private static readonly Dictionary<string, Lazy<JsonDocument>> Files = new()
    {
        ["logistic"] = new(() => Golden.Load("models_logistic.json")),
        ["firth"] = new(() => Golden.Load("models_firth.json")),
        ["linear"] = new(() => Golden.Load("models_linear.json")),
    };

    public static JsonElement Root(string file) => Files[file].Value.RootElement;

    public static IEnumerable<object[]> Names(string file) =>
        Root(file).GetProperty("cases").EnumerateArray().Select(c => new object[] { c.GetProperty("name").GetString()! });

    public static JsonElement Case(string file, string name) =>
        Root(file).GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static DesignMatrix Design(JsonElement c) => DesignMatrix.FromRows(
        c.GetProperty("columns").EnumerateArray().Select(e => e.GetString()!).ToArray(),
        c.GetProperty("x").EnumerateArray().Select(r => (IReadOnlyList<double>)r.Numbers()).ToArray());

    public static bool[] Outcome(JsonElement c) => c.GetProperty("y").Numbers().Select(v => v > 0.5).ToArray();
}
