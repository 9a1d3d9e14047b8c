using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Correlation;

/// <summary>
/// Null distribution of Spearman's S = Σ(rank differences)², as R's <c>prho</c> (Best &amp; Roberts 1975, AS 89,
/// Applied Statistics 24:377–379): exact by enumerating the n! permutations for n ≤ 9, otherwise AS 89's Edgeworth
/// series with its published coefficients.
/// </summary>
internal static class SpearmanDistribution
{
    private const int ExactMaximum = 9;

    private static readonly ConcurrentDictionary<int, long[]> ExactCounts = new();

    /// <summary>P(S ≥ s), or P(S &lt; s) when <paramref name="lowerTail"/>, for n ≥ 2.</summary>
    public static double Probability(int n, double s, bool lowerTail)
    {
        var pv = lowerTail ? 0.0 : 1.0;
        if (s <= 0) return pv;
        var n3 = (double)n;
        n3 *= ((n3 * n3) - 1) / 3;
        if (s > n3) return 1 - pv;
        if (n <= ExactMaximum)
        {
            var counts = ExactCounts.GetOrAdd(n, Enumerate);
            long total = 0, atLeast = 0;
            for (var v = 0; v < counts.Length; v++)
            {
                total += counts[v];
                if (s <= v) atLeast += counts[v];
            }

            if (s == n3) atLeast = 1;
            return (lowerTail ? total - atLeast : atLeast) / (double)total;
        }

        const double c1 = .2274, c2 = .2531, c3 = .1745, c4 = .0758, c5 = .1033, c6 = .3932,
            c7 = .0879, c8 = .0151, c9 = .0072, c10 = .0831, c11 = .0131, c12 = 4.6e-4;
        double y = n, b = 1 / y;
        var x = ((6.0 * (s - 1) * b / ((y * y) - 1)) - 1) * Math.Sqrt(y - 1);
        y = x * x;
        var u = x * b * (c1 + (b * (c2 + (c3 * b))) +
            (y * (-c4 + (b * (c5 + (c6 * b))) - (y * b * (c7 + (c8 * b) - (y * (c9 - (c10 * b) + (y * b * (c11 - (c12 * y))))))))));
        y = u / Math.Exp(y / 2);
        var p = (lowerTail ? -y : y) + (lowerTail ? Normal.CDF(0, 1, x) : Normal.CDF(0, 1, -x));
        return Math.Clamp(p, 0, 1);
    }

    /// <summary>Counts of S = Σ(i − π(i))² over all permutations π of 1..n, indexed by S.</summary>
    private static long[] Enumerate(int n)
    {
        var counts = new long[(n * ((n * n) - 1) / 3) + 1];
        var perm = Enumerable.Range(0, n).ToArray();
        var c = new int[n];
        counts[0]++;
        var i = 0;
        while (i < n)
        {
            // Heap's algorithm, iterative.
            if (c[i] < i)
            {
                if (i % 2 == 0) (perm[0], perm[i]) = (perm[i], perm[0]);
                else (perm[c[i]], perm[i]) = (perm[i], perm[c[i]]);
                var sum = 0;
                for (var k = 0; k < n; k++) sum += (k - perm[k]) * (k - perm[k]);
                counts[sum]++;
                c[i]++;
                i = 0;
            }
            else
            {
                c[i] = 0;
                i++;
            }
        }

        return counts;
    }
}
