using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Regression;

/// <summary>One row of an OLS coefficient table, as R's <c>summary(lm)</c> and <c>confint(lm)</c> report it.</summary>
/// <param name="Term">Column name.</param>
/// <param name="Estimate">Least-squares coefficient.</param>
/// <param name="StandardError">σ̂ √[(XᵀX)⁻¹]ⱼⱼ.</param>
/// <param name="TValue">Estimate / SE.</param>
/// <param name="PValue">Two-sided p-value from Student's t on the residual degrees of freedom.</param>
/// <param name="ConfidenceInterval">Estimate ± t(1 − α/2, df)·SE.</param>
public sealed record LinearCoefficient(string Term, double Estimate, double StandardError, double TValue, double PValue, ConfidenceInterval ConfidenceInterval);
