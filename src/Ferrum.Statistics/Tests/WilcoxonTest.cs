using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Wilcoxon–Mann–Whitney rank sum test with R 4.2's <c>wilcox.test</c> conventions: W = R₁ − n₁(n₁ + 1)/2
/// (the Mann–Whitney U of x); exact when both samples have fewer than 50 values and there are no ties,
/// otherwise the normal approximation with tie correction and (by default) continuity correction; with
/// <c>conf.int</c>, the Hodges–Lehmann estimate and confidence interval exactly as R computes them.
/// Sorting each sample once and merging makes it O(n log n), fast at millions of values.
/// </summary>
public static class WilcoxonTest
{
    /// <summary>R's "cannot compute exact p-value with ties" note.</summary>
    public const string TiesNote = "cannot compute exact p-value with ties";

    /// <summary>
    /// Rank sum test of a location shift <paramref name="mu"/> between x and y (R argument names).
    /// <paramref name="exact"/> null means R's rule (exact when n₁ &lt; 50, n₂ &lt; 50 and no ties);
    /// <paramref name="exactConditional"/> (not in R) makes an exact request with ties use the exact
    /// permutation distribution of the mid-rank sum instead of falling back to the normal approximation.
    /// </summary>
    public static HypothesisTest RankSum(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided,
        double mu = 0, bool? exact = null, bool correct = true, bool confInt = false, double confLevel = 0.95, double tolRoot = 1e-4,
        bool exactConditional = false)
    {
        Sample.CheckMu(mu);
        if (confInt) Sample.CheckLevel(confLevel);
        var xs = Sample.Finite(x, nameof(x));
        var ys = Sample.Finite(y, nameof(y));
        var shifted = xs;
        if (mu != 0)
        {
            shifted = new double[xs.Length];
            for (var i = 0; i < xs.Length; i++) shifted[i] = xs[i] - mu;
        }

        SortBoth(shifted, ys);
        if (!ReferenceEquals(shifted, xs)) DoubleSort.Sort(xs);
        double nx = xs.Length, ny = ys.Length;
        var ranks = RankSums.Merge(shifted, 0, ys);
        var w = ranks.RankSumX - nx * (nx + 1) / 2;
        var useExact = exact ?? (nx < 50 && ny < 50);
        var notes = new List<string>();
        string method;
        double p;
        if (useExact && !ranks.HasTies)
        {
            method = "Wilcoxon rank sum exact test";
            var dist = WilcoxonDistribution.NoTies(xs.Length, ys.Length);
            p = RankTestParts.ExactP(dist, w + dist.MinSum, w > nx * ny / 2, alternative);
        }
        else if (useExact && exactConditional)
        {
            method = "Wilcoxon rank sum exact test (conditional on ties)";
            var scores = RankSums.DoubledMidRanks(shifted, ys);
            var dist = WilcoxonDistribution.OfScores(scores, xs.Length);
            p = RankTestParts.ExactP(dist, 2 * ranks.RankSumX, w > nx * ny / 2, alternative);
        }
        else
        {
            method = "Wilcoxon rank sum test";
            if (correct) method += " with continuity correction";
            var z = w - nx * ny / 2;
            var sigma = Sigma(nx, ny, ranks.TieSum);
            if (sigma == 0)
                throw new StatisticsInputException(Sample.Constant, "all observations are tied, so the rank sum test is undefined.", nameof(x));
            p = RankTestParts.NormalP((z - RankTestParts.Correction(correct, alternative, z)) / sigma, alternative);
            if (useExact && ranks.HasTies) notes.Add(TiesNote);
        }

        var hl = !confInt ? null
            : useExact && !ranks.HasTies ? HodgesLehmann.Exact(xs, ys, alternative, confLevel)
            : HodgesLehmann.Asymptotic(xs, ys, alternative, confLevel, correct, tolRoot);
        return RankTestParts.Result(method, "W", w, p, alternative, "difference in location", hl, notes);
    }

    /// <summary>σ of W under H₀ with the tie correction, in R's order of operations.</summary>
    internal static double Sigma(double nx, double ny, double tieSum) =>
        Math.Sqrt(nx * ny / 12 * ((nx + ny + 1) - tieSum / ((nx + ny) * (nx + ny - 1))));

    /// <summary>Sorts both samples (radix sort), in parallel when they are large.</summary>
    private static void SortBoth(double[] a, double[] b)
    {
        if (a.Length + b.Length < 100_000)
        {
            DoubleSort.Sort(a);
            DoubleSort.Sort(b);
            return;
        }

        Parallel.Invoke(() => DoubleSort.Sort(a), () => DoubleSort.Sort(b));
    }
}
