namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// Parameters held at given values during the fit, as drc's <c>fixed = c(b, c, d, e, f)</c> with NA for free
/// ones (null here). For example <c>new FixedParameters { C = 0 }</c> gives drc's <c>LL.3</c>.
/// </summary>
public sealed record FixedParameters
{
    /// <summary>Fixed slope b, or null to estimate it.</summary>
    public double? B { get; init; }

    /// <summary>Fixed limit c, or null to estimate it.</summary>
    public double? C { get; init; }

    /// <summary>Fixed limit d, or null to estimate it.</summary>
    public double? D { get; init; }

    /// <summary>Fixed location e (&gt; 0), or null to estimate it.</summary>
    public double? E { get; init; }

    /// <summary>Fixed asymmetry f (&gt; 0), or null to estimate it (the 4PL fixes f = 1).</summary>
    public double? F { get; init; }

    internal double?[] ToArray() => [B, C, D, E, F];
}
