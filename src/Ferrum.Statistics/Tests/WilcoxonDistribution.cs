using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Exact null distribution of a rank-sum statistic: the number of ways m of N items with integer scores
/// can reach each score sum. With scores 1..N this is the distribution of Wilcoxon's W (R's
/// <c>dwilcox</c>/<c>pwilcox</c>/<c>qwilcox</c>); with doubled mid-ranks it is the conditional
/// (permutation) distribution given the ties. Counts by a subset-sum recursion that only adds.
/// </summary>
internal sealed class WilcoxonDistribution
{
    private readonly double[] _counts; // _counts[k] = ways to reach score sum minSum + k
    private readonly double _total;

    private readonly double _factor; // when > 0, probabilities are count × factor (R's psignrank uses 2⁻ⁿ as exp(−n ln 2))

    private WilcoxonDistribution(double[] counts, int minSum, double factor = 0)
    {
        _counts = counts;
        MinSum = minSum;
        _factor = factor;
        foreach (var c in counts) _total += c;
    }

    private double Probability(int k) => _factor > 0 ? _counts[k] * _factor : _counts[k] / _total;

    /// <summary>Smallest reachable score sum.</summary>
    public int MinSum { get; }

    /// <summary>Largest reachable score sum.</summary>
    public int MaxSum => MinSum + _counts.Length - 1;

    /// <summary>Distribution of W = R − m(m + 1)/2 for m and n observations without ties (scores 1..m+n).</summary>
    public static WilcoxonDistribution NoTies(int m, int n)
    {
        var scores = new int[m + n];
        for (var i = 0; i < scores.Length; i++) scores[i] = i + 1;
        return OfScores(scores, m);
    }

    /// <summary>Distribution of Wilcoxon's signed rank statistic V for n non-zero, untied differences (R's <c>psignrank</c>).</summary>
    public static WilcoxonDistribution SignedRank(int n)
    {
        var max = n * (n + 1) / 2;
        if ((double)max * n > 4e9)
        {
            throw new StatisticsInputException(Sample.TooLarge,
                $"the exact signed rank distribution for n = {n} is too large to enumerate; use the normal approximation (exact: false).", "exact");
        }

        var counts = new double[max + 1];
        counts[0] = 1;
        var reach = 0;
        for (var k = 1; k <= n; k++)
        {
            reach += k;
            for (var s = reach; s >= k; s--) counts[s] += counts[s - k];
        }

        return new WilcoxonDistribution(counts, 0, Math.Exp(-n * 0.693147180559945309417232121458));
    }

    /// <summary>Distribution of the sum of <paramref name="m"/> scores drawn without replacement from <paramref name="scores"/>.</summary>
    public static WilcoxonDistribution OfScores(IReadOnlyList<int> scores, int m)
    {
        var sorted = scores.OrderBy(s => s).ToArray();
        var minSum = sorted.Take(m).Sum();
        var maxSum = sorted.Skip(sorted.Length - m).Sum();
        var width = maxSum + 1;
        var cells = (double)(m + 1) * width;
        if (cells > 25e6 || cells * sorted.Length > 4e9)
        {
            throw new StatisticsInputException(Sample.TooLarge,
                $"the exact distribution for {m} of {sorted.Length} values is too large to enumerate; use the normal approximation (exact: false).", "exact");
        }

        // ways[s][t] = number of subsets of size s of the items seen so far with score sum t.
        var ways = new double[m + 1][];
        for (var s = 0; s <= m; s++) ways[s] = new double[width];
        ways[0][0] = 1;
        var reach = 0;
        for (var e = 0; e < sorted.Length; e++)
        {
            var w = sorted[e];
            reach = Math.Min(reach + w, maxSum);
            for (var s = Math.Min(e + 1, m); s >= 1; s--)
            {
                var from = ways[s - 1];
                var to = ways[s];
                for (var t = reach; t >= w; t--) to[t] += from[t - w];
            }
        }

        return new WilcoxonDistribution(ways[m][minSum..], minSum);
    }

    /// <summary>P(S ≤ q) (or P(S &gt; q) when <paramref name="upper"/>), summing over the shorter tail as R's <c>pwilcox</c>.</summary>
    public double Cdf(double q, bool upper = false)
    {
        var k = Math.Floor(q + 1e-7) - MinSum;
        if (k < 0) return upper ? 1 : 0;
        var span = _counts.Length - 1;
        if (k >= span) return upper ? 0 : 1;
        double p = 0;
        if (k <= span / 2.0)
        {
            for (var i = 0; i <= k; i++) p += Probability(i);
            return upper ? 1 - p : p;
        }

        var rest = span - k; // the upper tail S > q mirrors the lower tail below span − k
        for (var i = 0; i < rest; i++) p += Probability(span - i);
        return upper ? p : 1 - p;
    }

    /// <summary>The smallest q with P(S ≤ q) ≥ p, as R's <c>qwilcox</c> (returned on the W scale, offset by <see cref="MinSum"/>).</summary>
    public double Quantile(double p)
    {
        var span = _counts.Length - 1;
        if (p <= 0) return MinSum;
        if (p >= 1) return MinSum + span;
        double acc = 0;
        var q = 0;
        if (p <= 0.5)
        {
            var target = p - 10 * 2.220446049250313e-16;
            while (true)
            {
                acc += Probability(q);
                if (acc >= target) break;
                q++;
            }

            return MinSum + q;
        }

        var rest = 1 - p + 10 * 2.220446049250313e-16;
        while (true)
        {
            acc += Probability(span - q);
            if (acc > rest) return MinSum + span - q;
            q++;
        }
    }
}
