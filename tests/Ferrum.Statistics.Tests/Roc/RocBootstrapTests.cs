using Ferrum.Statistics.Common;
using Ferrum.Statistics.Roc;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Roc;

public class RocBootstrapTests
{
    private static (RocCurve Curve, System.Text.Json.JsonElement G) Load()
    {
        var g = Golden.Load("roc_bootstrap.json").RootElement;
        return (RocCurve.Create(g.GetProperty("controls").Numbers(), g.GetProperty("cases").Numbers()), g);
    }

    [Fact]
    public void Auc_interval_agrees_with_pROC_within_monte_carlo_error()
    {
        // Different random streams from R's: the two 10,000-replicate percentiles agree to Monte Carlo error.
        var (curve, g) = Load();
        var boot = RocBootstrap.AucCi(curve, replicates: 10_000, seed: 7);
        var r = g.GetProperty("auc").Numbers();
        Assert.InRange(boot.ConfidenceInterval.Lower, r[0] - 0.006, r[0] + 0.006);
        Assert.InRange(boot.Median, r[1] - 0.003, r[1] + 0.003);
        Assert.InRange(boot.ConfidenceInterval.Upper, r[2] - 0.006, r[2] + 0.006);
        Assert.Equal(curve.Auc, boot.Estimate);
    }

    [Fact]
    public void Corrected_partial_auc_interval_agrees_with_pROC_within_monte_carlo_error()
    {
        var (curve, g) = Load();
        var boot = RocBootstrap.AucCi(curve, replicates: 10_000, seed: 11, partial: new PartialAucSpec(1, 0.8, Correct: true));
        var r = g.GetProperty("pauc_sp_1_08_corrected").Numbers();
        Assert.InRange(boot.ConfidenceInterval.Lower, r[0] - 0.012, r[0] + 0.012);
        Assert.InRange(boot.Median, r[1] - 0.006, r[1] + 0.006);
        Assert.InRange(boot.ConfidenceInterval.Upper, r[2] - 0.012, r[2] + 0.012);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Same_seed_gives_the_same_interval_whatever_the_thread_count(int threads)
    {
        var (curve, _) = Load();
        var reference = RocBootstrap.AucCi(curve, replicates: 500, seed: 42, maxDegreeOfParallelism: 1);
        var run = RocBootstrap.AucCi(curve, replicates: 500, seed: 42, maxDegreeOfParallelism: threads);
        Assert.Equal(reference, run);
        Assert.NotEqual(reference, RocBootstrap.AucCi(curve, replicates: 500, seed: 43));
    }

    [Fact]
    public void Threshold_intervals_bracket_the_observed_sensitivity_and_specificity()
    {
        var (curve, _) = Load();
        var best = curve.Best()[0];
        var (se, sp) = RocBootstrap.ThresholdCi(curve, best.Threshold, replicates: 1000, seed: 3);
        Assert.Equal(best.Sensitivity, se.Estimate);
        Assert.Equal(best.Specificity, sp.Estimate);
        Assert.True(se.ConfidenceInterval.Contains(se.Estimate));
        Assert.True(sp.ConfidenceInterval.Contains(sp.Estimate));
    }

    [Fact]
    public void Zero_replicates_are_rejected()
    {
        var (curve, _) = Load();
        var ex = Assert.Throws<StatisticsInputException>(() => RocBootstrap.AucCi(curve, replicates: 0));
        Assert.Equal("stats.invalid-argument", ex.Code);
    }
}
