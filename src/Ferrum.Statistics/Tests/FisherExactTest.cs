using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Fisher's exact test on a 2 × 2 table as R's <c>fisher.test</c>: the p-value from the (noncentral)
/// hypergeometric distribution of the [1, 1] cell given the margins, two-sided by R's rule (sum of the
/// probabilities no larger than the observed one, with relative tolerance 10⁻⁷), the conditional maximum
/// likelihood estimate of the odds ratio and its exact conditional confidence interval. Larger r × c tables
/// get the two-sided p-value only, as in R, by complete enumeration (<see cref="FisherRxC"/>).
/// </summary>
public static class FisherExactTest
{
    /// <summary>
    /// Tests odds ratio = <paramref name="or"/> (R's <c>or</c>, default 1) in the 2 × 2 table
    /// [[a, b], [c, d]] (rows × columns, a = table[0, 0]); for larger tables, independence (two-sided only).
    /// </summary>
    public static HypothesisTest Test(int[,] table, Alternative alternative = Alternative.TwoSided, double or = 1, double confLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.GetLength(0) < 2 || table.GetLength(1) < 2)
            throw new StatisticsInputException(Sample.BadTable, $"the table is {table.GetLength(0)} × {table.GetLength(1)}; at least 2 × 2 is needed.", nameof(table));
        foreach (var v in table)
        {
            if (v < 0) throw new StatisticsInputException(Sample.BadTable, $"a cell is {v}; counts must be ≥ 0.", nameof(table));
        }

        if (table.GetLength(0) > 2 || table.GetLength(1) > 2)
        {
            // R: r × c tables get the two-sided p-value only (no estimate, interval or other alternative).
            if (alternative != Alternative.TwoSided)
                throw new StatisticsInputException(Sample.BadArgument, "only the two-sided alternative is defined for tables larger than 2 × 2.", nameof(alternative));
            return new HypothesisTest
            {
                Method = "Fisher's Exact Test for Count Data",
                StatisticName = string.Empty,
                Statistic = double.NaN,
                PValue = FisherRxC.PValue(table),
            };
        }

        if (double.IsNaN(or) || or < 0)
            throw new StatisticsInputException(Sample.BadArgument, $"or is {or}; it must be a number in [0, ∞].", nameof(or));
        Sample.CheckLevel(confLevel);
        var m = table[0, 0] + table[1, 0];
        var n = table[0, 1] + table[1, 1];
        var k = table[0, 0] + table[0, 1];
        var h = new NoncentralHypergeometric(m, n, k);
        var x = table[0, 0];
        var p = alternative switch
        {
            Alternative.Less => h.Cdf(x, or),
            Alternative.Greater => h.Cdf(x, or, upper: true),
            _ => h.TwoSidedP(x, or),
        };
        var alpha = 1 - confLevel;
        var ci = alternative switch
        {
            Alternative.Less => new ConfidenceInterval(0, h.UpperLimit(x, alpha), confLevel),
            Alternative.Greater => new ConfidenceInterval(h.LowerLimit(x, alpha), double.PositiveInfinity, confLevel),
            _ => new ConfidenceInterval(h.LowerLimit(x, alpha / 2), h.UpperLimit(x, alpha / 2), confLevel),
        };
        return new HypothesisTest
        {
            Method = "Fisher's Exact Test for Count Data",
            StatisticName = string.Empty,
            Statistic = double.NaN,
            PValue = Math.Clamp(p, 0, 1),
            Alternative = alternative,
            Estimates = new Dictionary<string, double> { ["odds ratio"] = h.Mle(x) },
            ConfidenceInterval = ci,
        };
    }
}
