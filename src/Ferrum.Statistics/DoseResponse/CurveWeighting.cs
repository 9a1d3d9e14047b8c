namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// Weights wᵢ multiplying each squared residual, as R's <c>nls(weights = …)</c>: the fit minimises Σ wᵢ (yᵢ − f(xᵢ))².
/// </summary>
public enum CurveWeighting
{
    /// <summary>Ordinary least squares (wᵢ = 1).</summary>
    None = 0,

    /// <summary>wᵢ = 1/yᵢ (observed responses must be positive).</summary>
    InverseResponse,

    /// <summary>wᵢ = 1/yᵢ² (relative error; observed responses must be non-zero).</summary>
    InverseResponseSquared,

    /// <summary>wᵢ = 1/σᵢ² from <see cref="DoseResponseOptions.StandardDeviations"/> (e.g. SDs of replicate means).</summary>
    InverseVariance,
}
