using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>Pearson's chi-squared tests as R's <c>chisq.test</c>: independence in an r × c table (Yates'
/// continuity correction on 2 × 2 tables by default, <c>correct = TRUE</c>) and goodness of fit to given probabilities.</summary>
public static class ChiSquaredTest
{
    /// <summary>
    /// Test of independence in a table of counts (rows × columns, each ≥ 2). On a 2 × 2 table with
    /// <paramref name="correct"/>, |O − E| is reduced by min(0.5, |O − E|) ("with Yates' continuity correction").
    /// Zero row or column totals make the statistic undefined (<c>stats.bad-table</c>).
    /// </summary>
    public static HypothesisTest Independence(double[,] table, bool correct = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        int r = table.GetLength(0), c = table.GetLength(1);
        if (r < 2 || c < 2)
            throw new StatisticsInputException(Sample.BadTable, $"the table is {r} × {c}; at least 2 rows and 2 columns are needed.", nameof(table));
        var rows = new double[r];
        var cols = new double[c];
        double n = 0;
        for (var i = 0; i < r; i++)
            for (var j = 0; j < c; j++)
            {
                var v = table[i, j];
                if (!double.IsFinite(v) || v < 0)
                    throw new StatisticsInputException(Sample.BadTable, $"cell [{i}, {j}] is {v}; counts must be finite and ≥ 0.", nameof(table));
                rows[i] += v;
                cols[j] += v;
                n += v;
            }

        if (rows.Any(s => s == 0) || cols.Any(s => s == 0))
            throw new StatisticsInputException(Sample.BadTable, "a row or column total is zero, so expected counts vanish.", nameof(table));
        var expected = new double[r, c];
        var yates = 0.0;
        if (correct && r == 2 && c == 2)
        {
            yates = 0.5;
            for (var i = 0; i < r; i++)
                for (var j = 0; j < c; j++) yates = Math.Min(yates, Math.Abs(table[i, j] - rows[i] * cols[j] / n));
        }

        double statistic = 0;
        for (var i = 0; i < r; i++)
            for (var j = 0; j < c; j++)
            {
                var e = rows[i] * cols[j] / n;
                expected[i, j] = e;
                var d = Math.Abs(table[i, j] - e) - yates;
                statistic += d * d / e;
            }

        var df = (r - 1.0) * (c - 1.0);
        var notes = new List<string>();
        if (expected.Cast<double>().Any(e => e < 5)) notes.Add("Chi-squared approximation may be incorrect");
        return new HypothesisTest
        {
            Method = yates > 0 ? "Pearson's Chi-squared test with Yates' continuity correction" : "Pearson's Chi-squared test",
            StatisticName = "X-squared",
            Statistic = statistic,
            PValue = Groups.ChiSquaredUpper(statistic, df),
            Parameters = new Dictionary<string, double> { ["df"] = df },
            Notes = notes,
        };
    }

    /// <summary>Goodness of fit of counts to probabilities <paramref name="p"/> (which must sum to 1 within √ε), df = k − 1.</summary>
    public static HypothesisTest GoodnessOfFit(IReadOnlyList<double> counts, IReadOnlyList<double> p)
    {
        var x = Sample.Finite(counts, nameof(counts), 2);
        var probs = Sample.Finite(p, nameof(p));
        if (probs.Length != x.Length)
            throw new StatisticsInputException(Sample.BadArgument, $"{x.Length} counts but {probs.Length} probabilities.", nameof(p));
        if (x.Any(v => v < 0)) throw new StatisticsInputException(Sample.BadTable, "counts must be ≥ 0.", nameof(counts));
        if (probs.Any(v => v < 0)) throw new StatisticsInputException(Sample.BadArgument, "probabilities must be non-negative.", nameof(p));
        if (Math.Abs(probs.Sum() - 1) > Math.Sqrt(2.220446049250313e-16))
            throw new StatisticsInputException(Sample.BadArgument, "probabilities must sum to 1.", nameof(p));
        var n = x.Sum();
        double statistic = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var e = n * probs[i];
            statistic += (x[i] - e) * (x[i] - e) / e;
        }

        var df = x.Length - 1.0;
        return new HypothesisTest
        {
            Method = "Chi-squared test for given probabilities",
            StatisticName = "X-squared",
            Statistic = statistic,
            PValue = Groups.ChiSquaredUpper(statistic, df),
            Parameters = new Dictionary<string, double> { ["df"] = df },
        };
    }
}
