using Ferrum.Statistics.Common;
using Ferrum.Statistics.Roc;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Roc;

public class DeLongTests
{
    public static TheoryData<string> WithVariance()
    {
        var data = new TheoryData<string>();
        foreach (var c in RocGolden.Curves.Where(c => c.TryGetProperty("var", out _))) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(WithVariance))]
    public void Variance_and_ci_match_pROC_delong(string name)
    {
        var g = RocGolden.Curve(name);
        var roc = RocGolden.Build(g);
        var est = DeLong.Estimate(roc);
        Approx.Equal(g.GetProperty("auc").Number(), est.Auc, what: "auc");
        Approx.Equal(g.GetProperty("var").Number(), est.Variance, what: "var");
        var ci95 = g.GetProperty("ci95").Numbers();
        Approx.Equal(ci95[0], est.ConfidenceInterval.Lower, what: "ci95 lower");
        Approx.Equal(ci95[1], est.ConfidenceInterval.Upper, what: "ci95 upper");
        var ci90 = DeLong.Estimate(roc, 0.90).ConfidenceInterval;
        var g90 = g.GetProperty("ci90").Numbers();
        Approx.Equal(g90[0], ci90.Lower, what: "ci90 lower");
        Approx.Equal(g90[1], ci90.Upper, what: "ci90 upper");
    }

    [Theory]
    [MemberData(nameof(WithVariance))]
    public void Fast_path_from_raw_groups_equals_the_curve_path(string name)
    {
        var g = RocGolden.Curve(name);
        var roc = RocGolden.Build(g);
        var dirIn = g.GetProperty("direction_in").GetString();
        var fast = DeLong.Estimate(g.GetProperty("controls").Numbers(), g.GetProperty("cases").Numbers(), dirIn == "auto" ? null : RocGolden.ParseDirection(dirIn));
        Assert.Equal(DeLong.Estimate(roc), fast);
    }

    [Fact]
    public void A_million_observations_do_not_overflow_and_match_the_analytic_auc()
    {
        // pROC's DeLong overflows near 145k observations; with 64-bit counts the result stays exact.
        const int n = 600_000;
        var controls = new double[n];
        var cases = new double[n];
        for (var i = 0; i < n; i++)
        {
            controls[i] = i;
            cases[i] = i + (n / 2.0) + 0.5;
        }

        var est = DeLong.Estimate(controls, cases);
        // P(case > control) for these two shifted uniform grids: 1 − (n/2)(n/2 + 1)/2 / n² … computed by counting.
        double below = 0;
        for (var k = 0; k < n; k++) below += Math.Max(0, Math.Min(n, k + (n / 2) + 1));
        Approx.Equal(below / ((double)n * n), est.Auc, 1e-12, "auc");
        Assert.True(est.Variance > 0 && double.IsFinite(est.Variance));
        Assert.InRange(est.ConfidenceInterval.Lower, 0, est.Auc);
    }

    [Fact]
    public void Fewer_than_two_per_group_is_rejected_with_a_stable_code()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => DeLong.Estimate([1.0, 2.0], [3.0]));
        Assert.Equal("stats.too-few", ex.Code);
    }

    [Theory]
    [InlineData(double.NaN, "stats.non-finite")]
    [InlineData(double.PositiveInfinity, "stats.non-finite")]
    public void Non_finite_values_are_rejected(double bad, string code)
    {
        var ex = Assert.Throws<StatisticsInputException>(() => RocCurve.Create([1.0, bad], [2.0, 3.0]));
        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public void Empty_group_is_rejected()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => RocCurve.Create([], [2.0, 3.0]));
        Assert.Equal("stats.empty-group", ex.Code);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Confidence_level_outside_zero_one_is_rejected(double level)
    {
        var ex = Assert.Throws<StatisticsInputException>(() => DeLong.Estimate([1.0, 2.0], [3.0, 4.0], level: level));
        Assert.Equal("stats.invalid-argument", ex.Code);
    }
}
