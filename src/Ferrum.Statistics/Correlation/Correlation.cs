using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Correlation;

/// <summary>Correlation tests with R's <c>cor.test</c> conventions (Pearson, Spearman, Kendall).</summary>
public static class Correlation
{
    /// <summary>
    /// Pearson's product-moment correlation: t = √(n−2)·r/√(1−r²) on n − 2 df, and for n &gt; 3 the Fisher-z interval
    /// tanh(atanh r ± z·/√(n−3)), one-sided for one-sided alternatives.
    /// </summary>
    /// <exception cref="StatisticsInputException">Fewer than 3 pairs (<c>stats.too-few</c>), lengths differ, NaN/∞, or a constant variable (<c>stats.zero-variance</c>; R gives NA).</exception>
    public static HypothesisTest Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, double level = 0.95)
    {
        var (xs, ys) = Pairs(x, y, 3);
        DataChecks.Level(level);
        var n = xs.Length;
        var r = Moment(xs, ys);
        double df = n - 2;
        var t = Math.Sqrt(df) * r / Math.Sqrt(1 - (r * r));
        ConfidenceInterval? ci = null;
        if (n > 3)
        {
            var z = Math.Atanh(r);
            var sigma = 1 / Math.Sqrt(n - 3);
            ci = alternative switch
            {
                Alternative.Less => new ConfidenceInterval(-1, Math.Tanh(z + (sigma * Normal.InvCDF(0, 1, level))), level),
                Alternative.Greater => new ConfidenceInterval(Math.Tanh(z - (sigma * Normal.InvCDF(0, 1, level))), 1, level),
                _ => new ConfidenceInterval(
                    Math.Tanh(z - (sigma * Normal.InvCDF(0, 1, (1 + level) / 2))), Math.Tanh(z + (sigma * Normal.InvCDF(0, 1, (1 + level) / 2))), level),
            };
        }

        return new HypothesisTest
        {
            Method = "Pearson's product-moment correlation",
            StatisticName = "t",
            Statistic = t,
            PValue = TailP(alternative, StudentT.CDF(0, 1, df, t), StudentT.CDF(0, 1, df, -t)),
            Alternative = alternative,
            Parameters = new Dictionary<string, double> { ["df"] = df },
            Estimates = new Dictionary<string, double> { ["cor"] = r },
            ConfidenceInterval = ci,
        };
    }

    /// <summary>
    /// Spearman's rank correlation rho with R's p-value rule: with <paramref name="exact"/> null or true, no ties and
    /// n ≤ 1290, AS 89 (exact for n ≤ 9, Edgeworth series above); otherwise the t approximation on n − 2 df
    /// (<paramref name="continuity"/> adds 1 to its denominator, as R). S = (n³ − n)(1 − ρ)/6.
    /// </summary>
    /// <exception cref="StatisticsInputException">Fewer than 2 pairs, lengths differ, NaN/∞, or a constant variable (<c>stats.zero-variance</c>).</exception>
    public static HypothesisTest Spearman(
        IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, bool? exact = null, bool continuity = false)
    {
        var (xs, ys) = Pairs(x, y, 2);
        var n = xs.Length;
        var ties = HasTies(xs) || HasTies(ys);
        var r = Moment(Ranks.Average(xs), Ranks.Average(ys));
        double nd = n;
        var q = ((nd * nd * nd) - nd) * (1 - r) / 6;
        var useExact = (exact ?? true) && !ties;
        double P(bool lowerTail)
        {
            if (n <= 1290 && useExact) return SpearmanDistribution.Probability(n, Math.Round(q, MidpointRounding.ToEven) + (lowerTail ? 2 : 0), lowerTail);
            var den = nd * ((nd * nd) - 1) / 6;
            if (continuity) den += 1;
            var rr = 1 - (q / den);
            var t = rr / Math.Sqrt((1 - (rr * rr)) / (nd - 2));
            return lowerTail ? StudentT.CDF(0, 1, nd - 2, -t) : StudentT.CDF(0, 1, nd - 2, t);
        }

        var p = alternative switch
        {
            Alternative.Greater => P(true),
            Alternative.Less => P(false),
            _ => Math.Min(2 * (q > ((nd * nd * nd) - nd) / 6 ? P(false) : P(true)), 1),
        };
        return new HypothesisTest
        {
            Method = "Spearman's rank correlation rho",
            StatisticName = "S",
            Statistic = q,
            PValue = p,
            Alternative = alternative,
            Estimates = new Dictionary<string, double> { ["rho"] = r },
            Notes = (exact ?? true) && ties ? ["Cannot compute exact p-value with ties"] : [],
        };
    }

    /// <summary>
    /// Kendall's rank correlation tau (tau-b with ties) with R's rule: with <paramref name="exact"/> null meaning
    /// n &lt; 50, and no ties, the exact distribution of T (concordant pairs); otherwise the normal approximation with
    /// the tie-corrected variance of S, optionally with continuity correction.
    /// </summary>
    /// <exception cref="StatisticsInputException">Fewer than 2 pairs, lengths differ, NaN/∞, or a constant variable (<c>stats.zero-variance</c>).</exception>
    public static HypothesisTest Kendall(
        IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, bool? exact = null, bool continuity = false)
    {
        var (xs, ys) = Pairs(x, y, 2);
        var n = xs.Length;
        var ties = HasTies(xs) || HasTies(ys);
        var tau = KendallTau.TauB(xs, ys);
        var useExact = exact ?? n < 50;
        var estimates = new Dictionary<string, double> { ["tau"] = tau };
        if (useExact && !ties)
        {
            var q = Math.Round((tau + 1) * n * (n - 1) / 4, MidpointRounding.ToEven);
            var p = alternative switch
            {
                Alternative.Greater => 1 - KendallDistribution.AtMost(q - 1, n),
                Alternative.Less => KendallDistribution.AtMost(q, n),
                _ => Math.Min(2 * (q > n * (n - 1) / 4.0 ? 1 - KendallDistribution.AtMost(q - 1, n) : KendallDistribution.AtMost(q, n)), 1),
            };
            return new HypothesisTest
            {
                Method = "Kendall's rank correlation tau", StatisticName = "T", Statistic = q, PValue = p,
                Alternative = alternative, Estimates = estimates,
            };
        }

        var z = KendallTau.NormalZ(xs, ys, tau, continuity);
        return new HypothesisTest
        {
            Method = "Kendall's rank correlation tau",
            StatisticName = "z",
            Statistic = z,
            PValue = TailP(alternative, Normal.CDF(0, 1, z), Normal.CDF(0, 1, -z)),
            Alternative = alternative,
            Estimates = estimates,
            Notes = useExact && ties ? ["Cannot compute exact p-value with ties"] : [],
        };
    }

    private static double TailP(Alternative alternative, double lower, double upper) => alternative switch
    {
        Alternative.Less => lower,
        Alternative.Greater => upper,
        _ => 2 * Math.Min(lower, upper),
    };

    private static (double[] X, double[] Y) Pairs(IReadOnlyList<double> x, IReadOnlyList<double> y, int minimum)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new StatisticsInputException(DataChecks.LengthMismatch, $"x has {x.Count} values but y has {y.Count}; they must be paired.", nameof(y));
        }

        var xs = x.ToArray();
        var ys = y.ToArray();
        DataChecks.Finite(xs, nameof(x), minimum);
        DataChecks.Finite(ys, nameof(y), minimum);
        if (xs.All(v => v == xs[0]) || ys.All(v => v == ys[0]))
        {
            throw new StatisticsInputException(DataChecks.ZeroVariance, "a variable is constant, so its correlation is undefined (R gives NA).", xs.All(v => v == xs[0]) ? nameof(x) : nameof(y));
        }

        return (xs, ys);
    }

    private static bool HasTies(double[] values) => values.Distinct().Count() < values.Length;

    /// <summary>
    /// Pearson's r by two passes (centred sums) after scaling each variable by a power of two near its largest
    /// magnitude (exact, and safe from overflow or underflow at extreme scales), clamped to [−1, 1] as R's <c>cor</c>.
    /// </summary>
    private static double Moment(double[] x, double[] y)
    {
        x = PowerOfTwoScaled(x);
        y = PowerOfTwoScaled(y);
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return Math.Clamp(sxy / (Math.Sqrt(sxx) * Math.Sqrt(syy)), -1, 1);
    }

    private static double[] PowerOfTwoScaled(double[] values)
    {
        var max = values.Max(Math.Abs);
        if (max == 0) return values;
        var shift = -Math.ILogB(max) - 1;
        return [.. values.Select(v => Math.ScaleB(v, shift))];
    }
}
