using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Effects;
using Ferrum.Statistics.Tests.Support;
using Ferrum.Statistics.Tests.Tests;

namespace Ferrum.Statistics.Tests.Effects;

public sealed class EffectSizeTests
{
    private const string File = "effects_sizes.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    private static void Interval(JsonElement expected, ConfidenceInterval? actual, double tolerance, string what)
    {
        var ci = Assert.NotNull(actual);
        var b = expected.Numbers();
        Approx.Equal(b[0], ci.Lower, tolerance, what + " lower");
        Approx.Equal(b[1], ci.Upper, tolerance, what + " upper");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cohens_d_and_Hedges_g_match_effectsize_formulas(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        var y = c.GetProperty("y").Numbers();
        foreach (var (key, mu, level) in new[] { ("cohen", 0.0, 0.95), ("cohen90mu", 0.5, 0.9) })
        {
            var e = c.GetProperty(key);
            var d = StandardizedDifference.CohensD(x, y, mu, level);
            var g = StandardizedDifference.HedgesG(x, y, mu, level);
            Approx.Equal(e.GetProperty("d").Number(), d.Estimate, what: "d");
            Approx.Equal(e.GetProperty("g").Number(), g.Estimate, what: "g");
            Interval(e.GetProperty("dCi"), d.ConfidenceInterval, Approx.ClosedForm, "d CI");
            Interval(e.GetProperty("gCi"), g.ConfidenceInterval, Approx.ClosedForm, "g CI");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rank_biserial_matches_effectsize_formula(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        var y = c.GetProperty("y").Numbers();
        foreach (var (key, mu, level) in new[] { ("rbs", 0.0, 0.95), ("rbs90mu", 0.5, 0.9) })
        {
            var e = c.GetProperty(key);
            var r = RankBiserial.Compute(x, y, mu, level);
            Approx.Equal(e.GetProperty("r").Number(), r.Estimate, what: "r");
            Interval(e.GetProperty("ci"), r.ConfidenceInterval, Approx.ClosedForm, "r CI");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Continuous_smd_matches_tableone(string name)
    {
        var c = GoldenCases.Find(File, name);
        var smd = TableOneSmd.Continuous(c.GetProperty("x").Numbers(), c.GetProperty("y").Numbers());
        Approx.Equal(c.GetProperty("smd").Number(), smd.Estimate, what: "SMD");
        Assert.Null(smd.ConfidenceInterval);
    }

    [Fact]
    public void Binary_and_categorical_smd_match_tableone()
    {
        foreach (var b in GoldenCases.Root(File).GetProperty("binary").EnumerateArray())
        {
            int e1 = b.GetProperty("e1").GetInt32(), n1 = b.GetProperty("n1").GetInt32(), e2 = b.GetProperty("e2").GetInt32(), n2 = b.GetProperty("n2").GetInt32();
            Approx.Equal(b.GetProperty("smd").Number(), TableOneSmd.Binary(e1, n1, e2, n2).Estimate, what: b.GetProperty("name").GetString());
            Approx.Equal(b.GetProperty("smdMulti").Number(), TableOneSmd.Categorical([n1 - e1, e1], [n2 - e2, e2]).Estimate, what: b.GetProperty("name").GetString());
        }

        foreach (var k in GoldenCases.Root(File).GetProperty("categorical").EnumerateArray())
        {
            var smd = TableOneSmd.Categorical(k.GetProperty("c1").Numbers(), k.GetProperty("c2").Numbers());
            Approx.Equal(k.GetProperty("smd").Number(), smd.Estimate, what: k.GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Cohens_d_refuses_zero_pooled_variance() =>
        Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(() => StandardizedDifference.CohensD([1.0, 1, 1], [2.0, 2])).Code);

    [Fact]
    public void Hedges_g_needs_two_residual_degrees_of_freedom() =>
        Assert.Equal("stats.too-few", Assert.Throws<StatisticsInputException>(() => StandardizedDifference.HedgesG([1.0, 2], [3.0])).Code);

    [Fact]
    public void Binary_smd_rejects_more_events_than_subjects() =>
        Assert.Equal("stats.bad-table", Assert.Throws<StatisticsInputException>(() => TableOneSmd.Binary(11, 10, 3, 10)).Code);

    [Fact]
    public void Categorical_smd_needs_the_same_levels_in_both_groups() =>
        Assert.Equal("stats.bad-table", Assert.Throws<StatisticsInputException>(() => TableOneSmd.Categorical([1.0, 2, 3], [1.0, 2])).Code);
}
