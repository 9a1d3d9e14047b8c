using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Effects;

/// <summary>
/// Standardized mean differences for "Table 1" balance, as the R package tableone defines them
/// (modules-smd.R: StdDiff, StdDiffMulti; Yang and Dalton 2012, SAS Global Forum paper 335-2012).
/// All are absolute values and carry no confidence interval. A zero difference with zero variance is 0;
/// a non-zero difference with zero variance is +∞.
/// </summary>
public static class TableOneSmd
{
    private const string Source = "tableone (Yang & Dalton 2012)";

    /// <summary>Continuous variable: |x̄₁ − x̄₂| / √((s₁² + s₂²)/2); each group needs n ≥ 2.</summary>
    public static EffectSize Continuous(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var a = Sample.Finite(x, nameof(x), 2);
        var b = Sample.Finite(y, nameof(y), 2);
        var smd = Ratio(Sample.Mean(a) - Sample.Mean(b), (Sample.Variance(a) + Sample.Variance(b)) / 2);
        return new EffectSize("SMD", smd, null, Source + ": |mean1 - mean2| / sqrt((var1 + var2) / 2)");
    }

    /// <summary>Binary variable from counts: |p₁ − p₂| / √((p₁(1 − p₁) + p₂(1 − p₂))/2), pᵢ = eventsᵢ/nᵢ.</summary>
    public static EffectSize Binary(int events1, int n1, int events2, int n2)
    {
        var p1 = Proportion(events1, n1, nameof(events1));
        var p2 = Proportion(events2, n2, nameof(events2));
        var smd = Ratio(p1 - p2, (p1 * (1 - p1) + p2 * (1 - p2)) / 2);
        return new EffectSize("SMD", smd, null, Source + ": |p1 - p2| / sqrt((p1(1 - p1) + p2(1 - p2)) / 2)");
    }

    /// <summary>
    /// Categorical variable from level counts per group (same levels, same order): the Mahalanobis distance
    /// √((p₁ − p₂)ᵀ S⁺ (p₁ − p₂)) over the proportions of all levels but the first, S the mean of the two
    /// multinomial covariance matrices and S⁺ its Moore–Penrose inverse. Two levels give the binary SMD.
    /// </summary>
    public static EffectSize Categorical(IReadOnlyList<double> counts1, IReadOnlyList<double> counts2)
    {
        var c1 = Sample.Finite(counts1, nameof(counts1), 2);
        var c2 = Sample.Finite(counts2, nameof(counts2), 2);
        if (c1.Length != c2.Length)
            throw new StatisticsInputException(Sample.BadTable, $"the groups have {c1.Length} and {c2.Length} levels; they must have the same levels.", nameof(counts2));
        var p1 = Proportions(c1, nameof(counts1));
        var p2 = Proportions(c2, nameof(counts2));
        var k = c1.Length - 1;
        var diff = Vector<double>.Build.Dense(k, i => p1[i + 1] - p2[i + 1]);
        var s = Matrix<double>.Build.Dense(k, k, (i, j) => (Cov(p1, i + 1, j + 1) + Cov(p2, i + 1, j + 1)) / 2);
        double smd;
        if (s.Enumerate().All(v => v == 0)) smd = diff.All(v => v == 0) ? 0 : double.NaN;
        else smd = Math.Sqrt(diff * (s.PseudoInverse() * diff));
        return new EffectSize("SMD", smd, null, Source + ": Mahalanobis distance of level proportions (first level dropped, generalized inverse)");
    }

    private static double Cov(double[] p, int i, int j) => i == j ? p[i] * (1 - p[i]) : -p[i] * p[j];

    private static double Ratio(double diff, double meanVariance)
    {
        if (diff == 0 && meanVariance == 0) return 0;
        return Math.Abs(diff / Math.Sqrt(meanVariance));
    }

    private static double Proportion(int events, int n, string name)
    {
        if (n <= 0 || events < 0 || events > n)
            throw new StatisticsInputException(Sample.BadTable, $"{events} events out of {n}: counts must satisfy 0 ≤ events ≤ n and n ≥ 1.", name);
        return (double)events / n;
    }

    private static double[] Proportions(double[] counts, string name)
    {
        var total = counts.Sum();
        if (counts.Any(c => c < 0) || total <= 0)
            throw new StatisticsInputException(Sample.BadTable, "level counts must be ≥ 0 with a positive total.", name);
        return counts.Select(c => c / total).ToArray();
    }
}
