namespace Ferrum.Statistics.Regression;

/// <summary>
/// A fitted logistic regression: coefficient table, deviances, AIC and the fitting method. Shaped like R's
/// <c>summary(glm(y ~ ..., family = binomial))</c>.
/// </summary>
public sealed record LogisticRegressionResult
{
    /// <summary>"Logistic regression (binomial GLM, logit link), IRLS" or "Firth's penalized-likelihood logistic regression".</summary>
    public required string Method { get; init; }

    /// <summary>Coefficients in design-matrix column order.</summary>
    public required IReadOnlyList<LogisticCoefficient> Coefficients { get; init; }

    /// <summary>Number of observations.</summary>
    public required int Observations { get; init; }

    /// <summary>Residual deviance −2 log L (for 0/1 data); for Firth fits, of the unpenalized likelihood at the Firth estimate.</summary>
    public required double Deviance { get; init; }

    /// <summary>Deviance of the intercept-only model (or of the empty model when there is no intercept).</summary>
    public required double NullDeviance { get; init; }

    /// <summary>Residual degrees of freedom n − p.</summary>
    public required int ResidualDegreesOfFreedom { get; init; }

    /// <summary>Null degrees of freedom (n − 1 with an intercept, else n).</summary>
    public required int NullDegreesOfFreedom { get; init; }

    /// <summary>Log-likelihood (unpenalized).</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>AIC = −2 log L + 2p, as R's <c>AIC(glm)</c>.</summary>
    public double Aic => -2 * LogLikelihood + 2 * Coefficients.Count;

    /// <summary>Iterations (R's "Number of Fisher Scoring iterations" for IRLS).</summary>
    public required int Iterations { get; init; }

    /// <summary>True when the iteration met its tolerance.</summary>
    public required bool Converged { get; init; }

    /// <summary>Fitted probabilities.</summary>
    public required IReadOnlyList<double> FittedProbabilities { get; init; }

    /// <summary>Convenience lookup of a coefficient by term name.</summary>
    public LogisticCoefficient this[string term] => Coefficients.Single(c => c.Term == term);
}
