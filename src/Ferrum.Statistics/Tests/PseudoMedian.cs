using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Tests;

/// <summary>Hodges–Lehmann one-sample estimate (pseudo-median) and interval as R's <c>wilcox.test(conf.int = TRUE)</c> computes them.</summary>
internal static class PseudoMedian
{
    /// <summary>Exact case: Walsh averages (xᵢ + xⱼ)/2, i ≤ j, and <c>qsignrank</c> order statistics.</summary>
    public static HodgesLehmann.Result Exact(double[] x, Alternative alternative, double confLevel)
    {
        var n = x.Length;
        var walsh = new List<double>(n * (n + 1) / 2);
        for (var i = 0; i < n; i++)
            for (var j = i; j < n; j++) walsh.Add((x[i] + x[j]) / 2);
        var diffs = walsh.ToArray();
        Array.Sort(diffs);
        var dist = WilcoxonDistribution.SignedRank(n);
        var alpha = 1 - confLevel;
        double total = n * (n + 1) / 2.0, lower, upper, achieved;
        double At(double k) => diffs[(int)k - 1];
        var qu = Math.Max(dist.Quantile(alternative == Alternative.TwoSided ? alpha / 2 : alpha), 1);
        achieved = (alternative == Alternative.TwoSided ? 2 : 1) * dist.Cdf(Math.Truncate(qu) - 1);
        lower = alternative == Alternative.Less ? double.NegativeInfinity : At(qu);
        upper = alternative == Alternative.Greater ? double.PositiveInfinity : At(total - qu + 1);
        string? note = null;
        if (achieved - alpha > alpha / 2)
        {
            note = "requested conf.level not achievable";
            confLevel = 1 - Signif2(achieved);
        }

        return new HodgesLehmann.Result(DescriptiveStatistics.SortedMedian(diffs), new ConfidenceInterval(lower, upper, confLevel), note);
    }

    /// <summary>Normal-approximation case: roots of the standardized V(d), widening α as R does when the data cannot reach it.</summary>
    public static HodgesLehmann.Result Asymptotic(double[] x, Alternative alternative, double confLevel, bool correct, double tolRoot)
    {
        double W(double d, bool withCorrection)
        {
            var (v, tieSum, _) = WilcoxonSignedRankTest.SignedRanks(x, d, dropZeros: true);
            double nx = x.Count(value => value - d != 0);
            var zd = v - nx * (nx + 1) / 4;
            var sigma = Math.Sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - tieSum / 48);
            var correction = RankTestParts.Correction(withCorrection, alternative, zd);
            return (zd - correction) / sigma;
        }

        double muMin = x.Min(), muMax = x.Max();
        var wMin = W(muMin, correct);
        var wMax = double.IsFinite(wMin) ? W(muMax, correct) : double.NaN;
        if (!double.IsFinite(wMax))
            throw new StatisticsInputException(Sample.Constant, "cannot compute the confidence interval: all observations are zero or tied.", "x");
        double Z(double p) => Normal.InvCDF(0, 1, p);
        double Root(double zq) => Uniroot.Find(d => W(d, correct) - zq, muMin, muMax, wMin - zq, wMax - zq, tolRoot);
        var sorted = (double[])x.Clone();
        Array.Sort(sorted);
        var median = DescriptiveStatistics.SortedMedian(sorted);
        var alpha = 1 - confLevel;
        double lower = double.NegativeInfinity, upper = double.PositiveInfinity;
        switch (alternative)
        {
            case Alternative.TwoSided:
                while (wMin + Z(alpha / 2) < 0 || wMax - Z(alpha / 2) > 0) alpha *= 2;
                (lower, upper) = alpha < 1 ? (Root(-Z(alpha / 2)), Root(Z(alpha / 2))) : (median, median);
                break;
            case Alternative.Greater:
                while (wMin + Z(alpha) < 0) alpha *= 2;
                lower = alpha < 1 ? Root(-Z(alpha)) : median;
                break;
            default:
                while (wMax - Z(alpha / 2) > 0) alpha *= 2; // R compares with qnorm(alpha/2) here
                upper = alpha < 1 ? Root(Z(alpha)) : median;
                break;
        }

        string? note = null;
        if (alpha >= 1 || 1 - confLevel < alpha * 0.75)
        {
            confLevel = 1 - Math.Min(1, alpha);
            note = "requested conf.level not achievable";
        }

        var estimate = Uniroot.Find(d => W(d, false), muMin, muMax, W(muMin, false), W(muMax, false), tolRoot);
        return new HodgesLehmann.Result(estimate, new ConfidenceInterval(lower, upper, confLevel), note);
    }

    /// <summary>R's <c>signif(v, 2)</c>.</summary>
    private static double Signif2(double v)
    {
        if (v == 0 || !double.IsFinite(v)) return v;
        var scale = Math.Pow(10, 1 - Math.Floor(Math.Log10(Math.Abs(v))));
        return Math.Round(v * scale, MidpointRounding.ToEven) / scale;
    }
}
