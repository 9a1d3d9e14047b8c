using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// A dose read off the fitted curve (inverse prediction or ED<sub>p</sub>) with its delta-method standard error
/// and Student-t interval on the residual degrees of freedom, as drc's <c>ED(..., interval = "delta")</c>.
/// The uncertainty is that of the curve only; a new measured response's own error is not included.
/// </summary>
/// <param name="Response">The response the dose corresponds to.</param>
/// <param name="Dose">Estimated dose, or NaN when the response lies outside the curve's range.</param>
/// <param name="StandardError">Delta-method standard error √(∇ᵀ V ∇).</param>
/// <param name="ConfidenceInterval">Dose ± t(1 − α/2, df) · SE (may extend below zero, as drc's).</param>
public sealed record DoseEstimate(double Response, double Dose, double StandardError, ConfidenceInterval ConfidenceInterval);
