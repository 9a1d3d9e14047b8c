using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// One row of a logistic regression's coefficient table, as R's <c>summary(glm)</c> prints it, with odds ratios
/// and confidence intervals on both scales.
/// </summary>
/// <param name="Term">Column name, e.g. "(Intercept)", "age", "sexmale".</param>
/// <param name="Estimate">Log-odds coefficient β.</param>
/// <param name="StandardError">√[(XᵀWX)⁻¹]ⱼⱼ.</param>
/// <param name="ZValue">Wald z = β / SE.</param>
/// <param name="PValue">Two-sided Wald p-value 2Φ(−|z|).</param>
/// <param name="WaldInterval">β ± Φ⁻¹(1 − α/2)·SE, as R's <c>confint.default</c>.</param>
/// <param name="ProfileInterval">Profile-likelihood interval as R's <c>confint</c> on a glm (NaN limits where the profile does not reach them); for Firth fits, the profile penalized-likelihood interval (logistf's default); the Wald interval when profiling is switched off.</param>
public sealed record LogisticCoefficient(
    string Term, double Estimate, double StandardError, double ZValue, double PValue,
    ConfidenceInterval WaldInterval, ConfidenceInterval ProfileInterval)
{
    /// <summary>For Firth fits with profiling: p-value of the penalized likelihood-ratio test of β = 0 (logistf's default test); else null.</summary>
    public double? PenalizedLikelihoodRatioPValue { get; init; }

    /// <summary>Odds ratio e^β.</summary>
    public double OddsRatio => Math.Exp(Estimate);

    /// <summary>Wald interval of the odds ratio (exponentiated).</summary>
    public ConfidenceInterval OddsRatioWaldInterval => Exp(WaldInterval);

    /// <summary>Profile-likelihood interval of the odds ratio (exponentiated).</summary>
    public ConfidenceInterval OddsRatioProfileInterval => Exp(ProfileInterval);

    private static ConfidenceInterval Exp(ConfidenceInterval ci) => new(Math.Exp(ci.Lower), Math.Exp(ci.Upper), ci.Level);
}
