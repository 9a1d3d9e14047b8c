using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>Kruskal–Wallis rank sum test with the tie correction, as R's <c>kruskal.test</c>.</summary>
public static class KruskalWallisTest
{
    /// <summary>
    /// Tests whether k ≥ 2 groups share one location: H = [12/(n(n+1)) Σ Rᵢ²/nᵢ − 3(n + 1)] / [1 − Σ(t³ − t)/(n³ − n)],
    /// referred to χ²(k − 1). All values tied makes H undefined (<c>stats.constant</c>).
    /// </summary>
    public static HypothesisTest Test(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        var g = Groups.Copy(groups);
        var n = g.Sum(a => a.Length);
        if (n < 2) throw new StatisticsInputException(Sample.TooFew, "not enough observations (fewer than 2).", nameof(groups));
        var values = new double[n];
        var labels = new int[n];
        var k = 0;
        for (var i = 0; i < g.Length; i++)
            foreach (var v in g[i]) { values[k] = v; labels[k++] = i; }
        Array.Sort(values, labels);
        var rankSums = new double[g.Length];
        double tieSum = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && values[end + 1] == values[start]) end++;
            var t = end - start + 1.0;
            var mid = (start + end) / 2.0 + 1;
            for (var j = start; j <= end; j++) rankSums[labels[j]] += mid;
            tieSum += t * t * t - t;
            start = end + 1;
        }

        double s = 0;
        for (var i = 0; i < g.Length; i++) s += rankSums[i] * rankSums[i] / g[i].Length;
        double nn = n;
        var h = (12 * s / (nn * (nn + 1)) - 3 * (nn + 1)) / (1 - tieSum / (nn * nn * nn - nn));
        if (!double.IsFinite(h))
            throw new StatisticsInputException(Sample.Constant, "all observations are tied, so the Kruskal–Wallis statistic is undefined.", nameof(groups));
        var df = g.Length - 1.0;
        return new HypothesisTest
        {
            Method = "Kruskal-Wallis rank sum test",
            StatisticName = "Kruskal-Wallis chi-squared",
            Statistic = h,
            PValue = Groups.ChiSquaredUpper(h, df),
            Parameters = new Dictionary<string, double> { ["df"] = df },
        };
    }
}
