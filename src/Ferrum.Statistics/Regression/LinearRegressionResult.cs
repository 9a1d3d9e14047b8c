namespace Ferrum.Statistics.Regression;

/// <summary>A fitted ordinary-least-squares model, shaped like R's <c>summary(lm(...))</c>.</summary>
public sealed record LinearRegressionResult
{
    /// <summary>"Linear regression (ordinary least squares)".</summary>
    public string Method { get; init; } = "Linear regression (ordinary least squares)";

    /// <summary>Coefficients in design-matrix column order.</summary>
    public required IReadOnlyList<LinearCoefficient> Coefficients { get; init; }

    /// <summary>Number of observations.</summary>
    public required int Observations { get; init; }

    /// <summary>Residual standard error σ̂ = √(RSS / df).</summary>
    public required double ResidualStandardError { get; init; }

    /// <summary>Residual degrees of freedom n − p.</summary>
    public required int ResidualDegreesOfFreedom { get; init; }

    /// <summary>Multiple R² (centred with an intercept, uncentred without, as R).</summary>
    public required double RSquared { get; init; }

    /// <summary>Adjusted R².</summary>
    public required double AdjustedRSquared { get; init; }

    /// <summary>Overall F statistic against the intercept-only (or empty) model; NaN when the model is intercept-only.</summary>
    public required double FStatistic { get; init; }

    /// <summary>Numerator degrees of freedom of F.</summary>
    public required int FNumeratorDegreesOfFreedom { get; init; }

    /// <summary>Upper-tail p-value of F.</summary>
    public required double FPValue { get; init; }

    /// <summary>Gaussian log-likelihood at the ML variance, as R's <c>logLik(lm)</c>.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>AIC = −2 log L + 2(p + 1), as R's <c>AIC(lm)</c>.</summary>
    public double Aic => -2 * LogLikelihood + 2 * (Coefficients.Count + 1);

    /// <summary>Fitted values.</summary>
    public required IReadOnlyList<double> FittedValues { get; init; }

    /// <summary>Convenience lookup of a coefficient by term name.</summary>
    public LinearCoefficient this[string term] => Coefficients.Single(c => c.Term == term);
}
