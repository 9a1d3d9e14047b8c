namespace Ferrum.Statistics.DoseResponse;

/// <summary>How parameter standard errors are computed from the fit (both scale by σ̂² = RSS/df).</summary>
public enum CovarianceMethod
{
    /// <summary>
    /// Observed information: σ̂² · 2 · H⁻¹ with H the Hessian of the weighted residual sum of squares,
    /// including the residual-curvature term. This is what drc's <c>summary</c>/<c>vcov</c> report (default).
    /// </summary>
    ObservedInformation = 0,

    /// <summary>Gauss–Newton: σ̂² (JᵀWJ)⁻¹, as R's <c>nls</c>, GraphPad Prism and <c>scipy.optimize.curve_fit</c>.</summary>
    GaussNewton,
}
