using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Student's and Welch's t tests as R's <c>t.test</c>: one-sample, paired and two-sample, with the
/// confidence interval of the mean or the difference in means. Arguments are named and defaulted as R's
/// (<c>mu = 0</c>, <c>alternative = "two.sided"</c>, <c>var.equal = FALSE</c>, <c>conf.level = 0.95</c>).
/// </summary>
public static class TTest
{
    /// <summary>One-sample t test of mean(x) = <paramref name="mu"/> ("One Sample t-test"); needs n ≥ 2.</summary>
    public static HypothesisTest OneSample(IReadOnlyList<double> x, double mu = 0, Alternative alternative = Alternative.TwoSided, double confLevel = 0.95)
    {
        Check(mu, confLevel);
        var v = Sample.Finite(x, nameof(x));
        return OneSampleCore(v, mu, alternative, confLevel, "One Sample t-test", "mean of x");
    }

    /// <summary>Paired t test on the differences x − y ("Paired t-test"); needs two equally long samples, n ≥ 2.</summary>
    public static HypothesisTest Paired(IReadOnlyList<double> x, IReadOnlyList<double> y, double mu = 0, Alternative alternative = Alternative.TwoSided, double confLevel = 0.95)
    {
        Check(mu, confLevel);
        var a = Sample.Finite(x, nameof(x));
        var b = Sample.Finite(y, nameof(y));
        if (a.Length != b.Length)
            throw new StatisticsInputException(Sample.BadArgument, $"paired samples differ in length ({a.Length} and {b.Length}).", nameof(y));
        for (var i = 0; i < a.Length; i++) a[i] -= b[i];
        return OneSampleCore(a, mu, alternative, confLevel, "Paired t-test", "mean difference");
    }

    /// <summary>
    /// Two-sample t test of mean(x) − mean(y) = <paramref name="mu"/>: Welch's ("Welch Two Sample t-test",
    /// Satterthwaite df) by default, Student's pooled-variance test ("Two Sample t-test") when
    /// <paramref name="varEqual"/> is true. Welch needs n ≥ 2 in each group; Student needs n ≥ 1 each and 3 in all.
    /// </summary>
    public static HypothesisTest TwoSample(IReadOnlyList<double> x, IReadOnlyList<double> y, bool varEqual = false, double mu = 0,
        Alternative alternative = Alternative.TwoSided, double confLevel = 0.95)
    {
        Check(mu, confLevel);
        var a = Sample.Finite(x, nameof(x));
        var b = Sample.Finite(y, nameof(y));
        if (!varEqual && a.Length < 2) throw TooFew(nameof(x), a.Length, 2);
        if (!varEqual && b.Length < 2) throw TooFew(nameof(y), b.Length, 2);
        if (varEqual && a.Length + b.Length < 3)
            throw new StatisticsInputException(Sample.TooFew, "Student's t test needs at least 3 observations in all.", nameof(y));
        double nx = a.Length, ny = b.Length;
        double mx = Sample.Mean(a), my = Sample.Mean(b), vx = Sample.Variance(a), vy = Sample.Variance(b);
        double df, stderr;
        if (varEqual)
        {
            df = nx + ny - 2;
            var pooled = 0.0;
            if (nx > 1) pooled += (nx - 1) * vx;
            if (ny > 1) pooled += (ny - 1) * vy;
            pooled /= df;
            stderr = Math.Sqrt(pooled * (1 / nx + 1 / ny));
        }
        else
        {
            var sx = Math.Sqrt(vx / nx);
            var sy = Math.Sqrt(vy / ny);
            stderr = Math.Sqrt(sx * sx + sy * sy);
            df = Math.Pow(stderr, 4) / (Math.Pow(sx, 4) / (nx - 1) + Math.Pow(sy, 4) / (ny - 1));
        }

        CheckNotConstant(stderr, Math.Max(Math.Abs(mx), Math.Abs(my)));
        var t = (mx - my - mu) / stderr;
        var method = varEqual ? "Two Sample t-test" : "Welch Two Sample t-test";
        return Result(t, df, stderr, mu, alternative, confLevel, method,
            new Dictionary<string, double> { ["mean of x"] = mx, ["mean of y"] = my });
    }

    private static HypothesisTest OneSampleCore(double[] v, double mu, Alternative alternative, double confLevel, string method, string estimateName)
    {
        if (v.Length < 2) throw TooFew("x", v.Length, 2);
        var mean = Sample.Mean(v);
        var stderr = Math.Sqrt(Sample.Variance(v) / v.Length);
        CheckNotConstant(stderr, Math.Abs(mean));
        var t = (mean - mu) / stderr;
        return Result(t, v.Length - 1, stderr, mu, alternative, confLevel, method, new Dictionary<string, double> { [estimateName] = mean });
    }

    private static HypothesisTest Result(double t, double df, double stderr, double mu, Alternative alternative, double confLevel,
        string method, Dictionary<string, double> estimates)
    {
        double p, lower, upper;
        switch (alternative)
        {
            case Alternative.Less:
                p = StudentT.CDF(0, 1, df, t);
                lower = double.NegativeInfinity;
                upper = t + StudentT.InvCDF(0, 1, df, confLevel);
                break;
            case Alternative.Greater:
                p = StudentT.CDF(0, 1, df, -t);
                lower = t - StudentT.InvCDF(0, 1, df, confLevel);
                upper = double.PositiveInfinity;
                break;
            default:
                p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
                var q = StudentT.InvCDF(0, 1, df, 1 - (1 - confLevel) / 2);
                lower = t - q;
                upper = t + q;
                break;
        }

        return new HypothesisTest
        {
            Method = method,
            StatisticName = "t",
            Statistic = t,
            PValue = p,
            Alternative = alternative,
            Parameters = new Dictionary<string, double> { ["df"] = df },
            Estimates = estimates,
            ConfidenceInterval = new ConfidenceInterval(mu + lower * stderr, mu + upper * stderr, confLevel),
        };
    }

    private static void Check(double mu, double confLevel)
    {
        Sample.CheckMu(mu);
        Sample.CheckLevel(confLevel);
    }

    /// <summary>R's rule: a standard error below 10·ε·max|mean| means "data are essentially constant"; zero is refused too (R would return NaN).</summary>
    private static void CheckNotConstant(double stderr, double scale)
    {
        if (stderr < 10 * 2.220446049250313e-16 * scale || stderr == 0)
            throw new StatisticsInputException(Sample.Constant, "data are essentially constant: the standard error is zero, so t is undefined.", "x");
    }

    private static StatisticsInputException TooFew(string name, int n, int need) =>
        new(Sample.TooFew, $"'{name}' has {n} observation(s); the t test needs at least {need}.", name);
}
