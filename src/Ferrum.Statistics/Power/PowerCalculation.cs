namespace Ferrum.Statistics.Power;

/// <summary>
/// The result of a power or sample-size calculation, shaped like R's <c>power.htest</c>: every quantity, the solved
/// one filled in. Sample sizes are not rounded (round up to plan a study).
/// </summary>
public sealed record PowerCalculation
{
    /// <summary>Sample size (per group for two-sample designs, see <see cref="Note"/>).</summary>
    public required double N { get; init; }

    /// <summary>Effect: the true difference in means (t), the second proportion (proportions), or the AUC.</summary>
    public required double Effect { get; init; }

    /// <summary>Significance level.</summary>
    public required double SigLevel { get; init; }

    /// <summary>Power, 1 − β.</summary>
    public required double Power { get; init; }

    /// <summary>Method as R or pROC prints it.</summary>
    public required string Method { get; init; }

    /// <summary>What n counts, as R notes it.</summary>
    public string? Note { get; init; }

    /// <summary>Further named quantities (e.g. "sd", "p1", "ncontrols", "kappa").</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();
}
