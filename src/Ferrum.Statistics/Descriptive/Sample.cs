using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Descriptive;

/// <summary>Input checks and copies shared by the descriptive statistics, classical tests and effect sizes.</summary>
internal static class Sample
{
    /// <summary>Stable code: a sample or group has no observations.</summary>
    public const string EmptyGroup = "stats.empty-group";

    /// <summary>Stable code: a value is NaN or ±∞.</summary>
    public const string NotFinite = "stats.not-finite";

    /// <summary>Stable code: fewer observations than the method needs.</summary>
    public const string TooFew = "stats.too-few";

    /// <summary>Stable code: the data are (essentially) constant, so the statistic is undefined.</summary>
    public const string Constant = "stats.constant";

    /// <summary>Stable code: an argument (confidence level, probability, μ) is out of range.</summary>
    public const string BadArgument = "stats.bad-argument";

    /// <summary>Stable code: a value must be strictly positive (geometric mean).</summary>
    public const string NonPositive = "stats.non-positive";

    /// <summary>Stable code: an exact computation was requested for data too large to enumerate.</summary>
    public const string TooLarge = "stats.too-large";

    /// <summary>Stable code: a contingency table is malformed (shape, negative or non-integer counts, empty margins).</summary>
    public const string BadTable = "stats.bad-table";

    /// <summary>Copies <paramref name="values"/>, rejecting an empty sample and NaN/∞.</summary>
    public static double[] Finite(IReadOnlyList<double> values, string name, int minCount = 1)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values is double[] a ? (double[])a.Clone() : [.. values];
        if (copy.Length == 0)
            throw new StatisticsInputException(EmptyGroup, $"'{name}' has no observations.", name);
        for (var i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
                throw new StatisticsInputException(NotFinite, $"'{name}'[{i}] is {copy[i]}; only finite numbers are accepted (remove missing values first).", name);
        }

        if (copy.Length < minCount)
            throw new StatisticsInputException(TooFew, $"'{name}' has {copy.Length} observation(s); at least {minCount} are needed.", name);
        return copy;
    }

    /// <summary>Rejects a confidence level outside (0, 1).</summary>
    public static void CheckLevel(double confLevel)
    {
        if (!(confLevel > 0 && confLevel < 1))
            throw new StatisticsInputException(BadArgument, $"conf.level is {confLevel}; it must lie strictly between 0 and 1.", "confLevel");
    }

    /// <summary>Rejects a non-finite null value μ.</summary>
    public static void CheckMu(double mu)
    {
        if (!double.IsFinite(mu))
            throw new StatisticsInputException(BadArgument, $"mu is {mu}; it must be a finite number.", "mu");
    }

    /// <summary>Mean by two passes (sum, then the mean of the residuals), as R's <c>mean</c>.</summary>
    public static double Mean(ReadOnlySpan<double> x)
    {
        var s = 0.0;
        foreach (var v in x) s += v;
        var m = s / x.Length;
        var r = 0.0;
        foreach (var v in x) r += v - m;
        return m + r / x.Length;
    }

    /// <summary>Sample variance (n − 1 denominator) by two passes; NaN for n &lt; 2, as R's <c>var</c>.</summary>
    public static double Variance(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return double.NaN;
        var m = Mean(x);
        var ss = 0.0;
        foreach (var v in x)
        {
            var d = v - m;
            ss += d * d;
        }

        return ss / (x.Length - 1);
    }
}
