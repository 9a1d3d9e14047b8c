using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Roc;

public sealed partial class RocCurve
{
    /// <summary>
    /// The best threshold(s) as pROC's <c>coords(roc, "best", best.method, best.weights)</c>: every point reaching the
    /// optimum (ties give several). <paramref name="cost"/> and <paramref name="prevalence"/> are pROC's
    /// <c>best.weights</c>, giving r = (1 − prevalence)/(cost · prevalence); the defaults (1, 0.5) give r = 1.
    /// </summary>
    /// <exception cref="StatisticsInputException">Prevalence outside (0, 1) or cost not positive (<c>stats.invalid-argument</c>).</exception>
    public IReadOnlyList<RocPoint> Best(CutoffMethod method = CutoffMethod.Youden, double cost = 1, double prevalence = 0.5)
    {
        if (!(prevalence > 0 && prevalence < 1)) throw DataChecks.Invalid("best.weights", $"prevalence is {prevalence}; it must lie in (0, 1).");
        if (!(cost > 0) || !double.IsFinite(cost)) throw DataChecks.Invalid("best.weights", $"cost is {cost}; it must be a positive number.");
        var r = (1 - prevalence) / (cost * prevalence);
        var crit = new double[thresholds.Length];
        for (var i = 0; i < crit.Length; i++)
        {
            double se = sensitivities[i], sp = specificities[i];
            crit[i] = method == CutoffMethod.Youden
                ? se + (r * sp)
                : -(((1 - se) * (1 - se)) + (r * ((1 - sp) * (1 - sp))));
        }

        var best = crit.Max();
        return [.. Enumerable.Range(0, crit.Length).Where(i => crit[i] == best).Select(i => new RocPoint(thresholds[i], specificities[i], sensitivities[i]))];
    }

    /// <summary>
    /// Sensitivity and specificity at any threshold, as pROC's <c>coords(roc, x, input = "threshold")</c>: with controls
    /// lower a value ≥ threshold is called a case, with controls higher a value ≤ threshold. Intervals are
    /// Clopper–Pearson at <paramref name="level"/>.
    /// </summary>
    /// <exception cref="StatisticsInputException">The threshold is NaN or the level is outside (0, 1) (<c>stats.invalid-argument</c>).</exception>
    public ThresholdPerformance At(double threshold, double level = 0.95)
    {
        if (double.IsNaN(threshold)) throw DataChecks.Invalid(nameof(threshold), "threshold is NaN.");
        DataChecks.Level(level);
        int tp, tn;
        if (Direction == RocDirection.ControlsLower)
        {
            tp = SortedCases.Length - LowerBound(SortedCases, threshold);
            tn = LowerBound(SortedControls, threshold);
        }
        else
        {
            tp = UpperBound(SortedCases, threshold);
            tn = SortedControls.Length - UpperBound(SortedControls, threshold);
        }

        return new ThresholdPerformance(
            threshold, tp, SortedCases.Length, tn, SortedControls.Length,
            ClopperPearson(tp, SortedCases.Length, level), ClopperPearson(tn, SortedControls.Length, level));
    }

    /// <summary>Exact binomial interval of x successes in n trials (R's <c>binom.test(x, n)$conf.int</c>).</summary>
    internal static ConfidenceInterval ClopperPearson(int x, int n, double level)
    {
        var alpha = (1 - level) / 2;
        var lower = x == 0 ? 0 : Beta.InvCDF(x, n - x + 1, alpha);
        var upper = x == n ? 1 : Beta.InvCDF(x + 1, n - x, 1 - alpha);
        return new ConfidenceInterval(lower, upper, level);
    }

    /// <summary>Number of values strictly below <paramref name="t"/>.</summary>
    private static int LowerBound(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>Number of values at or below <paramref name="t"/>.</summary>
    private static int UpperBound(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
