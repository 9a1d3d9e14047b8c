namespace Ferrum.Statistics.DoseResponse;

/// <summary>Options for <see cref="DoseResponseCurve.Fit"/>; the defaults fit an unweighted 4PL from drc's self-start.</summary>
public sealed record DoseResponseOptions
{
    /// <summary>4PL (default) or 5PL.</summary>
    public CurveModel Model { get; init; } = CurveModel.FourParameter;

    /// <summary>Residual weighting (default none).</summary>
    public CurveWeighting Weighting { get; init; } = CurveWeighting.None;

    /// <summary>Per-observation standard deviations σᵢ &gt; 0, required for <see cref="CurveWeighting.InverseVariance"/>.</summary>
    public IReadOnlyList<double>? StandardDeviations { get; init; }

    /// <summary>Parameters held fixed (drc's <c>fixed</c>), or null.</summary>
    public FixedParameters? Fixed { get; init; }

    /// <summary>Starting values; null uses drc's self-start (<c>llogistic.ssf</c>, method "1").</summary>
    public LogLogisticParameters? Start { get; init; }

    /// <summary>Standard-error method: drc's observed information (default) or nls's Gauss–Newton.</summary>
    public CovarianceMethod Covariance { get; init; } = CovarianceMethod.ObservedInformation;

    /// <summary>Coverage of the parameter confidence intervals (default 0.95).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Maximum Levenberg–Marquardt iterations (default 200).</summary>
    public int MaxIterations { get; init; } = 200;
}
