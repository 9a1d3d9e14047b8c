using Ferrum.Statistics.Common;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Logistic regression for a 0/1 outcome: maximum likelihood by IRLS exactly as R's
/// <c>glm(y ~ ..., family = binomial)</c>, Wald and profile-likelihood intervals as R's <c>confint.default</c>
/// and <c>confint</c>, likelihood-ratio tests as <c>anova(reduced, full, test = "LRT")</c>; separated data are
/// refused with a typed error, and Firth's penalized likelihood is offered as the remedy.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits by maximum likelihood.</summary>
    /// <exception cref="StatisticsInputException">
    /// Codes: <c>stats.length-mismatch</c>, <c>stats.too-few-points</c>, <c>stats.constant-response</c>,
    /// <c>stats.collinear</c>, <c>stats.separation</c> (message names the kind and terms; use <see cref="FitFirth"/>),
    /// <c>stats.invalid-option</c>.
    /// </exception>
    public static LogisticRegressionResult Fit(DesignMatrix design, IReadOnlyList<bool> outcome, LogisticRegressionOptions? options = null)
    {
        options ??= new LogisticRegressionOptions();
        var y = RegressionInput.Outcome(design, outcome, options.Level);
        var x = design.Values;
        var separation = SeparationCheck.Detect(x, y, design.ColumnNames);
        if (separation.Kind != SeparationKind.None)
        {
            var kind = separation.Kind == SeparationKind.Complete ? "complete" : "quasi-complete";
            throw new StatisticsInputException("stats.separation",
                $"{kind} separation: the outcome is perfectly predicted along a combination of {string.Join(", ", separation.Terms)}, " +
                "so maximum-likelihood estimates do not exist (they diverge to ±∞). Use Firth's penalized likelihood (LogisticRegression.FitFirth).",
                nameof(outcome));
        }

        var fit = GlmIrls.Run(x, y, new double[y.Length], null, options.Epsilon, options.MaxIterations);
        var se = Enumerable.Range(0, x.ColumnCount).Select(j => Math.Sqrt(fit.UnscaledCovariance[j, j])).ToArray();
        var profile = options.ProfileIntervals
            ? ProfileLikelihood.ConfidenceLimits(x, y, fit, se, options.Level, options.Epsilon, options.MaxIterations)
            : null;
        return Result(design, y, fit.Coefficients, se, fit.Mu, profile, options.Level, fit.Iterations, fit.Converged,
            "Logistic regression (binomial GLM, logit link), IRLS");
    }

    /// <summary>
    /// Fits by Firth's penalized likelihood (Firth 1993; Heinze &amp; Schemper 2002), finite even under separation.
    /// Standard errors from (XᵀWX)⁻¹ at the estimate with Wald z, p and intervals, as R's brglm2
    /// (<c>type = "AS_mean"</c>) reports them; <see cref="LogisticCoefficient.ProfileInterval"/> is the profile
    /// penalized-likelihood interval and <see cref="LogisticCoefficient.PenalizedLikelihoodRatioPValue"/> the
    /// penalized likelihood-ratio p-value, logistf's defaults.
    /// </summary>
    public static LogisticRegressionResult FitFirth(DesignMatrix design, IReadOnlyList<bool> outcome, LogisticRegressionOptions? options = null)
    {
        options ??= new LogisticRegressionOptions();
        var y = RegressionInput.Outcome(design, outcome, options.Level);
        var fit = FirthLogistic.Fit(design.Values, y, 1e-10, Math.Max(options.MaxIterations, 100));
        var se = Enumerable.Range(0, fit.Beta.Count).Select(j => Math.Sqrt(fit.Covariance[j, j])).ToArray();
        var profile = options.ProfileIntervals
            ? Enumerable.Range(0, fit.Beta.Count).Select(j => FirthProfile.Infer(design.Values, y, fit, j, se[j], options.Level)).ToArray()
            : null;
        var result = Result(design, y, fit.Beta, se, fit.Mu, profile?.Select(r => (r.Lower, r.Upper)).ToArray(), options.Level,
            fit.Iterations, fit.Converged, "Firth's penalized-likelihood logistic regression");
        return profile is null ? result : result with
        {
            Coefficients = result.Coefficients.Select((c, j) => c with { PenalizedLikelihoodRatioPValue = profile[j].PValue }).ToArray(),
        };
    }

    /// <summary>Checks the data for complete or quasi-complete separation without fitting.</summary>
    public static Separation DetectSeparation(DesignMatrix design, IReadOnlyList<bool> outcome)
    {
        var y = RegressionInput.Outcome(design, outcome, 0.95);
        return SeparationCheck.Detect(design.Values, y, design.ColumnNames);
    }

    /// <summary>
    /// Likelihood-ratio test of a reduced model nested in a full one, as <c>anova(reduced, full, test = "LRT")</c>:
    /// statistic = deviance difference, χ² with df = difference in coefficients.
    /// </summary>
    public static HypothesisTest LikelihoodRatioTest(LogisticRegressionResult reduced, LogisticRegressionResult full)
    {
        ArgumentNullException.ThrowIfNull(reduced);
        ArgumentNullException.ThrowIfNull(full);
        var df = full.Coefficients.Count - reduced.Coefficients.Count;
        if (reduced.Observations != full.Observations || df <= 0)
            throw new StatisticsInputException("stats.invalid-option", "the reduced model must be fitted to the same observations with fewer coefficients than the full model", nameof(reduced));
        var statistic = reduced.Deviance - full.Deviance;
        return new HypothesisTest
        {
            Method = "Analysis of deviance: likelihood ratio test",
            StatisticName = "Deviance",
            Statistic = statistic,
            PValue = SpecialFunctions.GammaUpperRegularized(df / 2.0, Math.Max(statistic, 0) / 2.0),
            Parameters = new Dictionary<string, double> { ["Df"] = df },
        };
    }

    private static LogisticRegressionResult Result(
        DesignMatrix design, double[] y, Vector<double> beta, double[] se, double[] mu, (double Lower, double Upper)[]? profile,
        double level, int iterations, bool converged, string method)
    {
        var q = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        var rows = Enumerable.Range(0, beta.Count).Select(j =>
        {
            var z = beta[j] / se[j];
            var wald = new ConfidenceInterval(beta[j] - q * se[j], beta[j] + q * se[j], level);
            var prof = profile is null ? wald : new ConfidenceInterval(profile[j].Lower, profile[j].Upper, level);
            return new LogisticCoefficient(design.ColumnNames[j], beta[j], se[j], z, 2 * Normal.CDF(0, 1, -Math.Abs(z)), wald, prof);
        }).ToArray();
        var n = y.Length;
        var hasIntercept = design.ColumnNames.Contains("(Intercept)");
        var nullMu = hasIntercept ? y.Average() : 0.5;
        double nullDeviance = 0, minusTwoLogLik = 0;
        for (var i = 0; i < n; i++)
        {
            nullDeviance += BinomialLogit.DevianceResidual(y[i], nullMu);
            minusTwoLogLik += BinomialLogit.MinusTwoLogLikelihood(y[i], mu[i]);
        }

        return new LogisticRegressionResult
        {
            Method = method,
            Coefficients = rows,
            Observations = n,
            Deviance = GlmIrls.Deviance(y, mu),
            NullDeviance = nullDeviance,
            ResidualDegreesOfFreedom = n - beta.Count,
            NullDegreesOfFreedom = hasIntercept ? n - 1 : n,
            LogLikelihood = -minusTwoLogLik / 2,
            Iterations = iterations,
            Converged = converged,
            FittedProbabilities = mu,
        };
    }
}
