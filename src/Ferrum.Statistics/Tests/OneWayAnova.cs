using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>One-way analysis of means: R's <c>oneway.test</c> (Welch's test by default, the classical F with
/// <c>var.equal = TRUE</c>) and the <c>aov</c> table.</summary>
public static class OneWayAnova
{
    /// <summary>
    /// R's <c>oneway.test(y ~ g, var.equal)</c>: "One-way analysis of means (not assuming equal variances)"
    /// (Welch 1951) by default, "One-way analysis of means" with <paramref name="varEqual"/>. Every group needs n ≥ 2.
    /// </summary>
    public static HypothesisTest Test(IReadOnlyList<IReadOnlyList<double>> groups, bool varEqual = false)
    {
        var g = Groups.Copy(groups);
        for (var i = 0; i < g.Length; i++)
        {
            if (g[i].Length < 2)
                throw new StatisticsInputException(Sample.TooFew, $"group {i} has {g[i].Length} observation(s); oneway.test needs at least 2 per group.", nameof(groups));
        }

        double k = g.Length;
        var n = g.Select(a => (double)a.Length).ToArray();
        var m = g.Select(a => Sample.Mean(a)).ToArray();
        var v = g.Select(a => Sample.Variance(a)).ToArray();
        double statistic, df2;
        string method;
        if (varEqual)
        {
            var total = n.Sum();
            var grand = Sample.Mean(g.SelectMany(a => a).ToArray());
            double between = 0, within = 0;
            for (var i = 0; i < g.Length; i++)
            {
                between += n[i] * (m[i] - grand) * (m[i] - grand);
                within += (n[i] - 1) * v[i];
            }

            statistic = between / (k - 1) / (within / (total - k));
            df2 = total - k;
            method = "One-way analysis of means";
        }
        else
        {
            var w = new double[g.Length];
            for (var i = 0; i < g.Length; i++) w[i] = n[i] / v[i];
            var sumW = w.Sum();
            double tmp = 0, weighted = 0;
            for (var i = 0; i < g.Length; i++)
            {
                var r = 1 - w[i] / sumW;
                tmp += r * r / (n[i] - 1);
                weighted += w[i] * m[i];
            }

            tmp /= k * k - 1;
            var mean = weighted / sumW;
            double ss = 0;
            for (var i = 0; i < g.Length; i++) ss += w[i] * (m[i] - mean) * (m[i] - mean);
            statistic = ss / ((k - 1) * (1 + 2 * (k - 2) * tmp));
            df2 = 1 / (3 * tmp);
            method = "One-way analysis of means (not assuming equal variances)";
        }

        if (!double.IsFinite(statistic) || !double.IsFinite(df2))
            throw new StatisticsInputException(Sample.Constant, "a group has zero variance, so the F statistic is undefined.", nameof(groups));
        return new HypothesisTest
        {
            Method = method,
            StatisticName = "F",
            Statistic = statistic,
            PValue = Groups.FUpper(statistic, k - 1, df2),
            Parameters = new Dictionary<string, double> { ["num df"] = k - 1, ["denom df"] = df2 },
        };
    }

    /// <summary>The classical one-way ANOVA table (R <c>summary(aov(y ~ g))</c>); singleton groups are allowed, n − k must be ≥ 1.</summary>
    public static AnovaTable Table(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        var g = Groups.Copy(groups);
        var all = g.SelectMany(a => a).ToArray();
        double n = all.Length, k = g.Length;
        if (n - k < 1)
            throw new StatisticsInputException(Sample.TooFew, "no residual degrees of freedom (n − k < 1).", nameof(groups));
        var grand = Sample.Mean(all);
        double between = 0, within = 0;
        foreach (var a in g)
        {
            var m = Sample.Mean(a);
            between += a.Length * (m - grand) * (m - grand);
            foreach (var y in a) within += (y - m) * (y - m);
        }

        var f = between / (k - 1) / (within / (n - k));
        if (!double.IsFinite(f))
            throw new StatisticsInputException(Sample.Constant, "the residual sum of squares is zero, so F is undefined.", nameof(groups));
        return new AnovaTable(between, within, k - 1, n - k, f, Groups.FUpper(f, k - 1, n - k));
    }
}
