namespace Ferrum.Statistics.Common;

/// <summary>A confidence interval with its coverage level (e.g. 0.95); one-sided intervals use ±∞.</summary>
/// <param name="Lower">Lower bound (may be <see cref="double.NegativeInfinity"/>).</param>
/// <param name="Upper">Upper bound (may be <see cref="double.PositiveInfinity"/>).</param>
/// <param name="Level">Coverage, strictly between 0 and 1.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>True when <paramref name="value"/> lies within the closed interval.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
