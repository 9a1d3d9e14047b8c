using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

/// <summary>Compares a <see cref="HypothesisTest"/> with an R htest written by tests/reference/statistics/tests_classical.R.</summary>
internal static class HtestAssert
{
    public static Alternative ParseAlternative(string? r) => r switch
    {
        "less" => Alternative.Less,
        "greater" => Alternative.Greater,
        _ => Alternative.TwoSided,
    };

    /// <summary>True when R stopped with an error (the golden holds <c>{"error": "..."}</c>).</summary>
    public static bool IsError(JsonElement r) => r.TryGetProperty("error", out _);

    /// <summary>True when R returned NaN for the statistic or p-value, which Ferrum refuses with stats.constant.</summary>
    public static bool IsNaN(JsonElement r) =>
        (r.GetProperty("statisticName").ValueKind == JsonValueKind.String && double.IsNaN(r.GetProperty("statistic").Number()))
        || double.IsNaN(r.GetProperty("p").Number());

    public static void Matches(JsonElement r, HypothesisTest actual, double tolerance = Approx.ClosedForm, double estimateTolerance = Approx.ClosedForm)
    {
        // R builds " Two Sample t-test" with paste(NULL, ...); the leading blank is not part of the name.
        Assert.Equal(r.GetProperty("method").GetString()!.Trim(), actual.Method);
        var statisticName = r.GetProperty("statisticName").GetString();
        Assert.Equal(statisticName ?? string.Empty, actual.StatisticName);
        if (statisticName is not null) Approx.Equal(r.GetProperty("statistic").Number(), actual.Statistic, tolerance, "statistic");
        Approx.Equal(r.GetProperty("p").Number(), actual.PValue, tolerance, "p-value");
        if (r.TryGetProperty("parameter", out var parameters) && parameters.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in parameters.EnumerateObject())
                Approx.Equal(p.Value.Number(), actual.Parameters[p.Name], tolerance, p.Name);
        }

        if (r.TryGetProperty("estimate", out var estimates) && estimates.ValueKind == JsonValueKind.Object)
        {
            foreach (var e in estimates.EnumerateObject())
                Approx.Equal(e.Value.Number(), actual.Estimates[e.Name], estimateTolerance, e.Name);
        }

        if (r.TryGetProperty("conf", out var conf) && conf.ValueKind == JsonValueKind.Array)
        {
            var ci = Assert.NotNull(actual.ConfidenceInterval);
            var bounds = conf.Numbers();
            Approx.Equal(bounds[0], ci.Lower, estimateTolerance, "conf.int lower");
            Approx.Equal(bounds[1], ci.Upper, estimateTolerance, "conf.int upper");
            Approx.Equal(r.GetProperty("confLevel").Number(), ci.Level, tolerance, "conf.level");
        }

        Assert.InRange(actual.PValue, 0, 1);
    }

    /// <summary>Maps R's error message to Ferrum's stable code.</summary>
    public static string CodeFor(JsonElement r)
    {
        var message = r.GetProperty("error").GetString()!;
        if (message.Contains("essentially constant", StringComparison.Ordinal) || message.Contains("identical", StringComparison.Ordinal)
            || message.Contains("TRUE/FALSE", StringComparison.Ordinal) || message.Contains("lower < upper", StringComparison.Ordinal))
            return "stats.constant";
        if (message.Contains("not enough", StringComparison.Ordinal) || message.Contains("sample size", StringComparison.Ordinal))
            return "stats.too-few";
        return "?" + message;
    }
}
