using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Wilcoxon signed rank test, one-sample and paired, with R 4.2's <c>wilcox.test</c> conventions: zero
/// differences are dropped; exact (<c>psignrank</c>) when n &lt; 50 and there are neither ties nor zeros,
/// otherwise the normal approximation with tie and continuity correction; with <c>conf.int</c>, the
/// Hodges–Lehmann pseudo-median and its interval as R computes them (Walsh averages, or <c>uniroot</c>).
/// </summary>
public static class WilcoxonSignedRankTest
{
    /// <summary>One-sample test of symmetry about <paramref name="mu"/> (R argument names and defaults).</summary>
    public static HypothesisTest OneSample(IReadOnlyList<double> x, Alternative alternative = Alternative.TwoSided, double mu = 0,
        bool? exact = null, bool correct = true, bool confInt = false, double confLevel = 0.95, double tolRoot = 1e-4) =>
        Run(Sample.Finite(x, nameof(x)), alternative, mu, exact, correct, confInt, confLevel, tolRoot);

    /// <summary>Paired test on the differences x − y (equal lengths).</summary>
    public static HypothesisTest Paired(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, double mu = 0,
        bool? exact = null, bool correct = true, bool confInt = false, double confLevel = 0.95, double tolRoot = 1e-4)
    {
        var a = Sample.Finite(x, nameof(x));
        var b = Sample.Finite(y, nameof(y));
        if (a.Length != b.Length)
            throw new StatisticsInputException(Sample.BadArgument, $"paired samples differ in length ({a.Length} and {b.Length}).", nameof(y));
        for (var i = 0; i < a.Length; i++) a[i] -= b[i];
        return Run(a, alternative, mu, exact, correct, confInt, confLevel, tolRoot);
    }

    private static HypothesisTest Run(double[] d, Alternative alternative, double mu, bool? exact, bool correct, bool confInt, double confLevel, double tolRoot)
    {
        Sample.CheckMu(mu);
        if (confInt) Sample.CheckLevel(confLevel);
        var shifted = d.Select(v => v - mu).ToArray();
        var zeroes = shifted.Any(v => v == 0);
        var kept = shifted.Where(v => v != 0).ToArray();
        var n = kept.Length;
        if (n == 0)
            throw new StatisticsInputException(Sample.Constant, "every difference equals mu, so the signed rank test is undefined.", "x");
        var useExact = exact ?? n < 50;
        var (v, tieSum, ties) = SignedRanks(kept, 0);
        var notes = new List<string>();
        string method;
        double p;
        double nn = n;
        if (useExact && !ties && !zeroes)
        {
            method = "Wilcoxon signed rank exact test";
            var dist = WilcoxonDistribution.SignedRank(n);
            p = RankTestParts.ExactP(dist, v, v > nn * (nn + 1) / 4, alternative);
        }
        else
        {
            method = correct ? "Wilcoxon signed rank test with continuity correction" : "Wilcoxon signed rank test";
            var z = v - nn * (nn + 1) / 4;
            var sigma = Math.Sqrt(nn * (nn + 1) * (2 * nn + 1) / 24 - tieSum / 48);
            p = RankTestParts.NormalP((z - RankTestParts.Correction(correct, alternative, z)) / sigma, alternative);
            if (useExact && ties) notes.Add("cannot compute exact p-value with ties");
            if (useExact && zeroes) notes.Add("cannot compute exact p-value with zeroes");
        }

        HodgesLehmann.Result? hl = null;
        if (confInt)
        {
            var original = kept.Select(value => value + mu).ToArray();
            hl = useExact && !ties && !zeroes
                ? PseudoMedian.Exact(original, alternative, confLevel)
                : PseudoMedian.Asymptotic(original, alternative, confLevel, correct, tolRoot);
        }

        return RankTestParts.Result(method, "V", v, p, alternative, "(pseudo)median", hl, notes);
    }

    /// <summary>V = sum of the mid-ranks of |x − d| over positive x − d (zeros dropped), Σ(t³ − t) and whether |x − d| has ties.</summary>
    internal static (double V, double TieSum, bool Ties) SignedRanks(double[] x, double d, bool dropZeros = false)
    {
        var xd = x.Select(value => value - d).Where(value => !dropZeros || value != 0).ToArray();
        var abs = xd.Select(Math.Abs).ToArray();
        var order = Enumerable.Range(0, xd.Length).ToArray();
        Array.Sort(abs, order);
        double v = 0, tieSum = 0;
        var ties = false;
        for (var start = 0; start < abs.Length;)
        {
            var end = start;
            while (end + 1 < abs.Length && abs[end + 1] == abs[start]) end++;
            var t = end - start + 1.0;
            var mid = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                if (xd[order[k]] > 0) v += mid;
            }

            if (t > 1)
            {
                ties = true;
                tieSum += t * t * t - t;
            }

            start = end + 1;
        }

        return (v, tieSum, ties);
    }
}
