using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Hodges–Lehmann estimate of the location shift x − y and its confidence interval, as R's
/// <c>wilcox.test(conf.int = TRUE)</c> computes them: from the sorted pairwise differences and
/// <c>qwilcox</c> in the exact case, by inverting the normal approximation with <c>uniroot</c> otherwise.
/// </summary>
internal static class HodgesLehmann
{
    /// <summary>Estimate, interval (with the achieved level) and an optional note.</summary>
    internal sealed record Result(double Estimate, ConfidenceInterval Interval, string? Note);

    /// <summary>Exact case (no ties, both n &lt; 50): median of the differences, bounds at qwilcox order statistics.</summary>
    public static Result Exact(double[] xs, double[] ys, Alternative alternative, double confLevel)
    {
        var m = xs.Length;
        var n = ys.Length;
        var diffs = new double[m * n];
        for (var i = 0; i < m; i++)
            for (var j = 0; j < n; j++) diffs[i * n + j] = xs[i] - ys[j];
        Array.Sort(diffs);
        var dist = WilcoxonDistribution.NoTies(m, n);
        var alpha = 1 - confLevel;
        double Q(double p) => dist.Quantile(p) - dist.MinSum;
        double P(double q) => dist.Cdf(q + dist.MinSum);
        double Diff(double k) => diffs[(int)k - 1];
        double lower, upper, achieved;
        var mn = (double)m * n;
        switch (alternative)
        {
            case Alternative.Greater:
            {
                var qu = Math.Max(Q(alpha), 1);
                achieved = P(Math.Truncate(qu) - 1);
                lower = Diff(qu);
                upper = double.PositiveInfinity;
                break;
            }

            case Alternative.Less:
            {
                var qu = Math.Max(Q(alpha), 1);
                achieved = P(Math.Truncate(qu) - 1);
                lower = double.NegativeInfinity;
                upper = Diff(mn - qu + 1);
                break;
            }

            default:
            {
                var qu = Math.Max(Q(alpha / 2), 1);
                achieved = 2 * P(Math.Truncate(qu) - 1);
                lower = Diff(qu);
                upper = Diff(mn - qu + 1);
                break;
            }
        }

        string? note = null;
        if (achieved - alpha > alpha / 2)
        {
            note = "Requested conf.level not achievable";
            confLevel = 1 - achieved;
        }

        return new Result(DescriptiveStatistics.SortedMedian(diffs), new ConfidenceInterval(lower, upper, confLevel), note);
    }

    /// <summary>Normal-approximation case: roots of the standardized W(d) found by R's uniroot with <paramref name="tolRoot"/>.</summary>
    public static Result Asymptotic(double[] xs, double[] ys, Alternative alternative, double confLevel, bool correct, double tolRoot)
    {
        // xs and ys are sorted ascending.
        double nx = xs.Length, ny = ys.Length;
        var muMin = xs[0] - ys[^1];
        var muMax = xs[^1] - ys[0];
        double W(double d, bool withCorrection)
        {
            var r = RankSums.Merge(xs, d, ys);
            var dz = r.RankSumX - nx * (nx + 1) / 2 - nx * ny / 2;
            var correction = RankTestParts.Correction(withCorrection, alternative, dz);
            var sigma = WilcoxonTest.Sigma(nx, ny, r.TieSum);
            if (sigma == 0)
                throw new StatisticsInputException(Sample.Constant, "cannot compute confidence interval when all observations are tied.", "x");
            return (dz - correction) / sigma;
        }

        var wMin = W(muMin, correct);
        var wMax = W(muMax, correct);
        double Root(double zq)
        {
            var fLower = wMin - zq;
            if (fLower <= 0) return muMin;
            var fUpper = wMax - zq;
            if (fUpper >= 0) return muMax;
            return Uniroot.Find(d => W(d, correct) - zq, muMin, muMax, fLower, fUpper, tolRoot);
        }

        var alpha = 1 - confLevel;
        double Z(double p) => Normal.InvCDF(0, 1, p);
        var interval = alternative switch
        {
            Alternative.Greater => new ConfidenceInterval(Root(-Z(alpha)), double.PositiveInfinity, confLevel),
            Alternative.Less => new ConfidenceInterval(double.NegativeInfinity, Root(Z(alpha)), confLevel),
            _ => new ConfidenceInterval(Root(-Z(alpha / 2)), Root(Z(alpha / 2)), confLevel),
        };
        var estimate = Uniroot.Find(d => W(d, false), muMin, muMax, W(muMin, false), W(muMax, false), tolRoot);
        return new Result(estimate, interval, null);
    }
}
