using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Roc;

/// <summary>
/// Stratified bootstrap (controls and cases resampled separately, direction kept) as pROC's default
/// <c>boot.stratified = TRUE</c>. Each replicate draws from its own stream derived from the seed and its index,
/// so results do not depend on the number of threads. Resampling from sorted groups keeps each replicate O(n).
/// </summary>
public static class RocBootstrap
{
    /// <summary>Percentile CI of the AUC (or, with <paramref name="partial"/>, of the partial AUC) as pROC's <c>ci.auc(method = "bootstrap")</c>.</summary>
    /// <exception cref="StatisticsInputException">Replicates below 1 or level outside (0, 1) (<c>stats.invalid-argument</c>).</exception>
    public static BootstrapInterval AucCi(
        RocCurve curve, int replicates = 2000, long seed = 1, double level = 0.95,
        PartialAucSpec? partial = null, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (partial is { } p)
        {
            return Run(
                curve, replicates, seed, level, maxDegreeOfParallelism, curve.PartialAuc(p.From, p.To, p.Focus, p.Correct),
                (c, d) => RocCurve.FromSorted(c, d, curve.Direction).PartialAuc(p.From, p.To, p.Focus, p.Correct, allowInvalidCorrection: true));
        }

        // The full AUC needs only the Mann–Whitney count of the (already sorted) resample, not the whole curve.
        return Run(curve, replicates, seed, level, maxDegreeOfParallelism, curve.Auc, (c, d) =>
        {
            var pairs = 2.0 * c.Length * d.Length;
            var twiceU = SunXu.TwiceU<double>(c, d);
            return curve.Direction == RocDirection.ControlsLower ? twiceU / pairs : (pairs - twiceU) / pairs;
        });
    }

    /// <summary>Percentile CIs of sensitivity and specificity at a fixed threshold, as pROC's <c>ci.thresholds</c>.</summary>
    /// <exception cref="StatisticsInputException">Replicates below 1 or level outside (0, 1) (<c>stats.invalid-argument</c>).</exception>
    public static (BootstrapInterval Sensitivity, BootstrapInterval Specificity) ThresholdCi(
        RocCurve curve, double threshold, int replicates = 2000, long seed = 1, double level = 0.95, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var at = curve.At(threshold);
        var se = Run(curve, replicates, seed, level, maxDegreeOfParallelism, at.Sensitivity, (c, d) => RocCurve.FromSorted(c, d, curve.Direction).At(threshold).Sensitivity);
        var sp = Run(curve, replicates, seed, level, maxDegreeOfParallelism, at.Specificity, (c, d) => RocCurve.FromSorted(c, d, curve.Direction).At(threshold).Specificity);
        return (se, sp);
    }

    private static BootstrapInterval Run(
        RocCurve curve, int replicates, long seed, double level, int maxDegreeOfParallelism, double estimate, Func<double[], double[], double> statistic)
    {
        if (replicates < 1) throw DataChecks.Invalid("boot.n", $"boot.n is {replicates}; at least 1 replicate is needed.");
        DataChecks.Level(level);
        var values = new double[replicates];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, replicates, options, b =>
        {
            var rng = SplitMix64.ForReplicate(seed, b);
            var c = Resample(curve.SortedControls, ref rng);
            var d = Resample(curve.SortedCases, ref rng);
            values[b] = statistic(c, d);
        });

        var kept = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(kept);
        var alpha = (1 - level) / 2;
        return new BootstrapInterval(
            estimate, Quantile7(kept, 0.5), new ConfidenceInterval(Quantile7(kept, alpha), Quantile7(kept, 1 - alpha), level), kept.Length, seed);
    }

    /// <summary>A resample with replacement of a sorted array, itself sorted (counts expanded in order).</summary>
    private static double[] Resample(double[] sorted, ref SplitMix64 rng)
    {
        var n = sorted.Length;
        var counts = new int[n];
        for (var k = 0; k < n; k++) counts[rng.NextInt(n)]++;
        var result = new double[n];
        var pos = 0;
        for (var i = 0; i < n; i++)
        {
            for (var c = counts[i]; c > 0; c--) result[pos++] = sorted[i];
        }

        return result;
    }

    /// <summary>R's default (type 7) quantile of sorted values.</summary>
    private static double Quantile7(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
