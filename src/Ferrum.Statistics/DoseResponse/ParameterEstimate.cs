using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// One row of a fit's coefficient table, as drc's <c>summary</c> prints it: estimate, standard error,
/// t = estimate / SE, two-sided p-value on the residual degrees of freedom, and a Wald t interval (drc's <c>confint</c>).
/// Fixed parameters have SE 0 and NaN statistic, p-value and no interval.
/// </summary>
/// <param name="Name">Parameter name ("b", "c", "d", "e", "f" or Prism's "Bottom", "Top", "LogEC50", "HillSlope", "S", "EC50").</param>
/// <param name="Estimate">Point estimate.</param>
/// <param name="StandardError">√(σ̂² [(JᵀWJ)⁻¹]ⱼⱼ), or 0 when fixed.</param>
/// <param name="TStatistic">Estimate / standard error.</param>
/// <param name="PValue">Two-sided p-value from Student's t with the residual degrees of freedom.</param>
/// <param name="ConfidenceInterval">Estimate ± t(1 − α/2, df) · SE, or null when fixed.</param>
/// <param name="IsFixed">True when the parameter was held fixed.</param>
public sealed record ParameterEstimate(
    string Name, double Estimate, double StandardError, double TStatistic, double PValue, ConfidenceInterval? ConfidenceInterval, bool IsFixed);
