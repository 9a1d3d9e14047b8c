namespace Ferrum.Statistics.Common;

/// <summary>
/// The result of a hypothesis test, shaped like R's <c>htest</c>: statistic, parameter (degrees of
/// freedom where there are any), p-value, estimate, confidence interval and the method as R prints it.
/// </summary>
public sealed record HypothesisTest
{
    /// <summary>Method name exactly as R prints it, e.g. "Welch Two Sample t-test".</summary>
    public required string Method { get; init; }

    /// <summary>Name of the statistic as R labels it ("t", "W", "X-squared", "Z", ...).</summary>
    public required string StatisticName { get; init; }

    /// <summary>The test statistic.</summary>
    public required double Statistic { get; init; }

    /// <summary>The p-value, in [0, 1].</summary>
    public required double PValue { get; init; }

    /// <summary>The alternative hypothesis used.</summary>
    public Alternative Alternative { get; init; }

    /// <summary>Degrees of freedom (or other parameter) keyed as R names them, e.g. "df"; empty if none.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();

    /// <summary>The point estimate(s) keyed as R names them, e.g. "mean of x", "difference in location".</summary>
    public IReadOnlyDictionary<string, double> Estimates { get; init; } = new Dictionary<string, double>();

    /// <summary>Confidence interval of the main estimate, when the test gives one.</summary>
    public ConfidenceInterval? ConfidenceInterval { get; init; }

    /// <summary>Notes on conventions applied (e.g. "exact p-value not computed because of ties").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
