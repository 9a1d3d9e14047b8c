using System.Text.Json;
using CsCheck;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests.Support;
using Corr = Ferrum.Statistics.Correlation.Correlation;

namespace Ferrum.Statistics.Tests.Correlation;

public class CorrelationTests
{
    private static readonly Lazy<JsonElement[]> Data = new(() => [.. Golden.Load("correlation.json").RootElement.EnumerateArray()]);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in Data.Value) data.Add(d.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Pearson_spearman_and_kendall_match_R_cor_test(string name)
    {
        var d = Data.Value.Single(e => e.GetProperty("name").GetString() == name);
        var x = d.GetProperty("x").Numbers();
        var y = d.GetProperty("y").Numbers();
        foreach (var t in d.GetProperty("tests").EnumerateArray())
        {
            var method = t.GetProperty("method").GetString();
            var alt = RAlternative.Parse(t.GetProperty("alternative").GetString());
            bool? exact = t.GetProperty("exact").ValueKind == JsonValueKind.False ? false : null;
            var continuity = t.GetProperty("continuity").GetBoolean();
            var level = t.TryGetProperty("level", out var l) ? l.Number() : 0.95;
            var result = method switch
            {
                "pearson" => Corr.Pearson(x, y, alt, level),
                "spearman" => Corr.Spearman(x, y, alt, exact, continuity),
                _ => Corr.Kendall(x, y, alt, exact, continuity),
            };
            var what = $"{method} {alt} exact={exact} cc={continuity}";
            Approx.Equal(t.GetProperty("estimate").Number(), result.Estimates.Values.Single(), what: $"{what} estimate");
            Approx.Equal(t.GetProperty("statistic").Number(), result.Statistic, what: $"{what} statistic");
            Approx.Equal(t.GetProperty("p").Number(), result.PValue, what: $"{what} p");
            var df = t.GetProperty("df").Number();
            if (!double.IsNaN(df)) Approx.Equal(df, result.Parameters["df"], what: $"{what} df");
            var ci = t.GetProperty("ci").Numbers();
            if (double.IsNaN(ci[0])) Assert.Null(result.ConfidenceInterval);
            else
            {
                Approx.Equal(ci[0], result.ConfidenceInterval!.Value.Lower, what: $"{what} ci lower");
                Approx.Equal(ci[1], result.ConfidenceInterval!.Value.Upper, what: $"{what} ci upper");
            }
        }
    }

    [Fact]
    public void Constant_variable_is_rejected_as_zero_variance()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => Corr.Spearman([1.0, 1, 1, 1], [1.0, 2, 3, 4]));
        Assert.Equal("stats.zero-variance", ex.Code);
    }

    [Fact]
    public void Pearson_needs_three_pairs()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => Corr.Pearson([1.0, 2], [1.0, 3]));
        Assert.Equal("stats.too-few", ex.Code);
    }

    [Fact]
    public void Unpaired_lengths_are_rejected()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => Corr.Kendall([1.0, 2, 3], [1.0, 3]));
        Assert.Equal("stats.length-mismatch", ex.Code);
    }

    [Fact]
    public void P_values_lie_in_zero_one_for_every_method_and_alternative()
    {
        var pair = Gen.Int[-6, 6].Select(i => (double)i).Array[4, 30];
        Gen.Select(pair, pair).Sample((a, b) =>
        {
            var n = Math.Min(a.Length, b.Length);
            double[] x = a[..n], y = b[..n];
            if (x.Distinct().Count() < 2 || y.Distinct().Count() < 2) return;
            foreach (var alt in Enum.GetValues<Alternative>())
            {
                foreach (var t in new[] { Corr.Pearson(x, y, alt), Corr.Spearman(x, y, alt), Corr.Kendall(x, y, alt) })
                {
                    Assert.True(t.PValue is >= 0 and <= 1 || double.IsNaN(t.PValue), $"{t.Method} {alt}: {t.PValue}");
                }
            }
        });
    }
}
