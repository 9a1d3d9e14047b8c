using System.Text.Json;
using Ferrum.Statistics.Roc;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Roc;

/// <summary>Shared access to the pROC goldens written by tests/reference/statistics/roc.R.</summary>
internal static class RocGolden
{
    private static readonly Lazy<JsonElement[]> CurvesCache = new(() => [.. Golden.Load("roc_curves.json").RootElement.EnumerateArray()]);

    public static JsonElement[] Curves => CurvesCache.Value;

    public static TheoryData<string> CurveNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Curves) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    public static JsonElement Curve(string name) => Curves.Single(c => c.GetProperty("name").GetString() == name);

    public static RocDirection ParseDirection(string? s) => s switch
    {
        "<" => RocDirection.ControlsLower,
        ">" => RocDirection.ControlsHigher,
        _ => throw new ArgumentException($"direction {s}"),
    };

    public static RocCurve Build(JsonElement g)
    {
        var dirIn = g.GetProperty("direction_in").GetString();
        RocDirection? dir = dirIn == "auto" ? null : ParseDirection(dirIn);
        return RocCurve.Create(g.GetProperty("controls").Numbers(), g.GetProperty("cases").Numbers(), dir);
    }

    public static void SequenceEqual(double[] expected, IReadOnlyList<double> actual, string what, double tol = Approx.ClosedForm)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++) Approx.Equal(expected[i], actual[i], tol, $"{what}[{i}]");
    }
}
