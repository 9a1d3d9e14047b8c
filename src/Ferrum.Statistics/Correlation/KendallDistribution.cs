using System.Collections.Concurrent;

namespace Ferrum.Statistics.Correlation;

/// <summary>
/// Exact null distribution of Kendall's T (the number of concordant pairs) without ties, as R's <c>pkendall</c>:
/// the number of permutations of n with k inversions (Mahonian numbers), divided by n!.
/// </summary>
internal static class KendallDistribution
{
    private static readonly ConcurrentDictionary<int, double[]> Cumulative = new();

    /// <summary>P(T ≤ q) for n items (q is floored as R does).</summary>
    public static double AtMost(double q, int n)
    {
        q = Math.Floor(q + 1e-7);
        if (q < 0) return 0;
        var max = n * (n - 1) / 2;
        if (q > max) return 1;
        return Cumulative.GetOrAdd(n, Build)[(int)q];
    }

    private static double[] Build(int n)
    {
        var max = n * (n - 1) / 2;
        var counts = new double[max + 1];
        counts[0] = 1;
        var top = 0;
        for (var m = 2; m <= n; m++)
        {
            // Adding item m inserts 0..m−1 new inversions: counts'[k] = Σ_{i<m} counts[k − i].
            var next = new double[max + 1];
            top += m - 1;
            for (var k = 0; k <= top; k++)
            {
                double s = 0;
                for (var i = 0; i < m && i <= k; i++) s += counts[k - i];
                next[k] = s;
            }

            counts = next;
        }

        double factorial = 1;
        for (var k = 2; k <= n; k++) factorial *= k;
        var cumulative = new double[max + 1];
        double running = 0;
        for (var k = 0; k <= max; k++)
        {
            running += counts[k];
            cumulative[k] = running / factorial;
        }

        return cumulative;
    }
}
