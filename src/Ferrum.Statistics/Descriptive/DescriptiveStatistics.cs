using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Descriptive;

/// <summary>
/// Descriptive statistics with R's definitions: <c>mean</c>, <c>sd</c> (n − 1), <c>median</c>,
/// <c>quantile</c> (types 2 and 7, default 7), <c>IQR</c>, the geometric mean and the t-based
/// confidence interval of the mean (<c>t.test(x)$conf.int</c>). Every input must be non-empty and finite.
/// </summary>
public static class DescriptiveStatistics
{
    /// <summary>Arithmetic mean (R <c>mean</c>).</summary>
    public static double Mean(IReadOnlyList<double> x) => Sample.Mean(Sample.Finite(x, nameof(x)));

    /// <summary>Sample variance with denominator n − 1 (R <c>var</c>); needs n ≥ 2.</summary>
    public static double Variance(IReadOnlyList<double> x) => Sample.Variance(Sample.Finite(x, nameof(x), 2));

    /// <summary>Sample standard deviation with denominator n − 1 (R <c>sd</c>); needs n ≥ 2.</summary>
    public static double StandardDeviation(IReadOnlyList<double> x) => Math.Sqrt(Variance(x));

    /// <summary>Standard error of the mean, sd/√n; needs n ≥ 2.</summary>
    public static double StandardError(IReadOnlyList<double> x)
    {
        var v = Sample.Finite(x, nameof(x), 2);
        return Math.Sqrt(Sample.Variance(v) / v.Length);
    }

    /// <summary>Median (R <c>median</c>: mean of the two middle order statistics when n is even).</summary>
    public static double Median(IReadOnlyList<double> x)
    {
        var v = Sample.Finite(x, nameof(x));
        Array.Sort(v);
        return SortedMedian(v);
    }

    /// <summary>The <paramref name="p"/>-quantile by R's <c>quantile(x, p, type)</c>; type 7 by default.</summary>
    public static double Quantile(IReadOnlyList<double> x, double p, QuantileType type = QuantileType.Type7) =>
        Quantiles(x, [p], type)[0];

    /// <summary>Quantiles at each probability in <paramref name="probs"/> (each in [0, 1]), sorting once.</summary>
    public static double[] Quantiles(IReadOnlyList<double> x, IReadOnlyList<double> probs, QuantileType type = QuantileType.Type7)
    {
        ArgumentNullException.ThrowIfNull(probs);
        var v = Sample.Finite(x, nameof(x));
        Array.Sort(v);
        var result = new double[probs.Count];
        for (var i = 0; i < probs.Count; i++) result[i] = SortedQuantile(v, probs[i], type);
        return result;
    }

    /// <summary>Interquartile range Q(0.75) − Q(0.25) (R <c>IQR</c>), type 7 by default.</summary>
    public static double InterquartileRange(IReadOnlyList<double> x, QuantileType type = QuantileType.Type7)
    {
        var q = Quantiles(x, [0.25, 0.75], type);
        return q[1] - q[0];
    }

    /// <summary>Geometric mean exp(mean(log x)); every value must be &gt; 0.</summary>
    public static double GeometricMean(IReadOnlyList<double> x)
    {
        var v = Sample.Finite(x, nameof(x));
        for (var i = 0; i < v.Length; i++)
        {
            if (v[i] <= 0)
                throw new StatisticsInputException(Sample.NonPositive, $"x[{i}] is {v[i]}; the geometric mean needs values > 0.", nameof(x));
            v[i] = Math.Log(v[i]);
        }

        return Math.Exp(Sample.Mean(v));
    }

    /// <summary>
    /// Two-sided t confidence interval of the mean, mean ± t(1 − α/2, n − 1)·sd/√n, as
    /// <c>t.test(x, conf.level)$conf.int</c>; needs n ≥ 2. Constant data (which R's <c>t.test</c>
    /// refuses) give the degenerate interval [mean, mean].
    /// </summary>
    public static ConfidenceInterval MeanConfidenceInterval(IReadOnlyList<double> x, double confLevel = 0.95)
    {
        Sample.CheckLevel(confLevel);
        var v = Sample.Finite(x, nameof(x), 2);
        var mean = Sample.Mean(v);
        var se = Math.Sqrt(Sample.Variance(v) / v.Length);
        var q = StudentT.InvCDF(0, 1, v.Length - 1, 1 - (1 - confLevel) / 2);
        return new ConfidenceInterval(mean - q * se, mean + q * se, confLevel);
    }

    internal static double SortedMedian(ReadOnlySpan<double> sorted)
    {
        var n = sorted.Length;
        var half = n / 2;
        return n % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    /// <summary>One quantile of sorted finite data, following R 4.2's <c>quantile.default</c> step by step.</summary>
    internal static double SortedQuantile(ReadOnlySpan<double> sorted, double p, QuantileType type)
    {
        const double eps = 100 * 2.220446049250313e-16;
        if (double.IsNaN(p) || p < -eps || p > 1 + eps)
            throw new StatisticsInputException(Sample.BadArgument, $"probability {p} is outside [0, 1].", "probs");
        p = Math.Clamp(p, 0, 1);
        var n = sorted.Length;
        switch (type)
        {
            case QuantileType.Type7:
            {
                var index = 1 + (n - 1) * p;
                var lo = (int)Math.Floor(index);
                var hi = (int)Math.Ceiling(index);
                var q = sorted[lo - 1];
                var h = index - lo;
                return index > lo && sorted[hi - 1] != q ? (1 - h) * q + h * sorted[hi - 1] : q;
            }

            case QuantileType.Type2:
            {
                var nppm = n * p;
                var j = Math.Floor(nppm);
                var h = nppm > j ? 1.0 : 0.5;
                var k = (int)j;
                var below = sorted[Math.Clamp(k, 1, n) - 1];      // x[j], with x[0] = x[1]
                var above = sorted[Math.Clamp(k + 1, 1, n) - 1];  // x[j + 1], with x[n + 1] = x[n]
                if (h == 1) return above;
                return below != above ? 0.5 * below + 0.5 * above : below;
            }

            default:
                throw new StatisticsInputException(Sample.BadArgument, $"quantile type {(int)type} is not supported; use 2 or 7.", nameof(type));
        }
    }
}
