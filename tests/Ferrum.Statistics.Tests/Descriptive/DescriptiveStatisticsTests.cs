using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using Ferrum.Statistics.Tests.Support;
using Ferrum.Statistics.Tests.Tests;

namespace Ferrum.Statistics.Tests.Descriptive;

public sealed class DescriptiveStatisticsTests
{
    private const string File = "descriptive_summary.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Summaries_match_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        Approx.Equal(c.GetProperty("mean").Number(), DescriptiveStatistics.Mean(x), what: "mean");
        Approx.Equal(c.GetProperty("median").Number(), DescriptiveStatistics.Median(x), what: "median");
        if (x.Length >= 2)
        {
            Approx.Equal(c.GetProperty("sd").Number(), DescriptiveStatistics.StandardDeviation(x), what: "sd");
            Approx.Equal(c.GetProperty("se").Number(), DescriptiveStatistics.StandardError(x), what: "se");
        }
        else
        {
            var e = Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.StandardDeviation(x));
            Assert.Equal("stats.too-few", e.Code);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quantiles_of_types_2_and_7_match_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        var probs = c.GetProperty("probs").Numbers();
        var q7 = c.GetProperty("quantile7").Numbers();
        var q2 = c.GetProperty("quantile2").Numbers();
        var got7 = DescriptiveStatistics.Quantiles(x, probs);
        var got2 = DescriptiveStatistics.Quantiles(x, probs, QuantileType.Type2);
        for (var i = 0; i < probs.Length; i++)
        {
            Approx.Equal(q7[i], got7[i], what: $"type 7 at {probs[i]}");
            Approx.Equal(q2[i], got2[i], what: $"type 2 at {probs[i]}");
        }

        Approx.Equal(c.GetProperty("iqr7").Number(), DescriptiveStatistics.InterquartileRange(x), what: "IQR type 7");
        Approx.Equal(c.GetProperty("iqr2").Number(), DescriptiveStatistics.InterquartileRange(x, QuantileType.Type2), what: "IQR type 2");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Geometric_mean_matches_R_or_rejects_non_positive_values(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        var expected = c.GetProperty("geometricMean").Number();
        if (double.IsNaN(expected))
        {
            var e = Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.GeometricMean(x));
            Assert.Equal("stats.non-positive", e.Code);
        }
        else
        {
            Approx.Equal(expected, DescriptiveStatistics.GeometricMean(x), what: "geometric mean");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Confidence_interval_of_the_mean_matches_t_test(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        foreach (var (key, level) in new[] { ("ci95", 0.95), ("ci90", 0.90) })
        {
            var expected = c.GetProperty(key).Numbers();
            if (double.IsNaN(expected[0]))
            {
                var e = Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.MeanConfidenceInterval(x, level));
                Assert.Equal("stats.too-few", e.Code);
                continue;
            }

            var ci = DescriptiveStatistics.MeanConfidenceInterval(x, level);
            Approx.Equal(expected[0], ci.Lower, what: $"{key} lower");
            Approx.Equal(expected[1], ci.Upper, what: $"{key} upper");
            Assert.Equal(level, ci.Level);
        }
    }

    [Theory]
    [InlineData(new double[0], "stats.empty-group")]
    [InlineData(new[] { 1.0, double.NaN }, "stats.not-finite")]
    [InlineData(new[] { 1.0, double.PositiveInfinity }, "stats.not-finite")]
    public void Bad_samples_are_rejected_with_a_stable_code(double[] x, string code)
    {
        Assert.Equal(code, Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.Mean(x)).Code);
        Assert.Equal(code, Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.Median(x)).Code);
        Assert.Equal(code, Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.Quantile(x, 0.5)).Code);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Probabilities_outside_the_unit_interval_are_rejected(double p) =>
        Assert.Equal("stats.bad-argument", Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.Quantile([1.0, 2.0], p)).Code);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Confidence_levels_must_lie_strictly_inside_the_unit_interval(double level) =>
        Assert.Equal("stats.bad-argument", Assert.Throws<StatisticsInputException>(() => DescriptiveStatistics.MeanConfidenceInterval([1.0, 2.0], level)).Code);
}
