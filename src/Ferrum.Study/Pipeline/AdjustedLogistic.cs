using Ferrum.Statistics.Common;
using Ferrum.Statistics.Regression;

namespace Ferrum.Study.Pipeline;

/// <summary>
/// Logistic regression of case status on one biomarker and the spec's covariates (R <c>glm(family = binomial)</c>),
/// complete cases, Wald intervals; under separation, Firth's penalized likelihood with a note.
/// </summary>
internal static class AdjustedLogistic
{
    public static AdjustedModel Fit(AnalysisFrame frame, string biomarker, double level)
    {
        var spec = frame.Spec;
        var numeric = spec.Covariates.Where(c => !spec.Describe(c).Categorical).ToList();
        var categorical = spec.Covariates.Where(c => spec.Describe(c).Categorical).ToList();
        var rows = frame.CompleteRows([biomarker, .. numeric], categorical);
        var outcome = rows.Select(i => frame.IsCase[i]!.Value).ToArray();
        var nCase = outcome.Count(o => o);
        double[] x = [.. rows.Select(i => frame.Numeric(biomarker)[i])];
        var term = biomarker;
        if (spec.OddsRatioPerSd && x.Length > 1)
        {
            var sd = Statistics.Descriptive.DescriptiveStatistics.StandardDeviation(x);
            x = [.. x.Select(v => v / sd)];
            term = biomarker + " (per SD)";
        }
        var builder = new DesignMatrixBuilder().AddNumeric(term, x);
        foreach (var c in spec.Covariates)
        {
            if (spec.Describe(c).Categorical)
            {
                var labels = frame.Data.Labels(c);
                builder.AddCategorical(c, [.. rows.Select(i => labels[i])]);
            }
            else builder.AddNumeric(c, [.. rows.Select(i => frame.Numeric(c)[i])]);
        }
        var options = new LogisticRegressionOptions { Level = level, ProfileIntervals = false };
        string? problem = null;
        LogisticRegressionResult fit;
        try
        {
            var design = builder.Build();
            try
            {
                fit = LogisticRegression.Fit(design, outcome, options);
            }
            catch (StatisticsInputException ex) when (ex.Code == "stats.separation")
            {
                fit = LogisticRegression.FitFirth(design, outcome, options);
                problem = "separation: maximum-likelihood estimates do not exist, Firth's penalized likelihood used";
            }
        }
        catch (StatisticsInputException ex)
        {
            return new AdjustedModel(biomarker, rows.Length, nCase, rows.Length - nCase, [], false, 0, ex.Message);
        }
        var terms = fit.Coefficients.Select(c => new ModelTerm(c.Term, c.Estimate, c.StandardError, c.ZValue, c.PValue, c.OddsRatio,
            c.OddsRatioWaldInterval.Lower, c.OddsRatioWaldInterval.Upper)).ToList();
        if (!fit.Converged) problem = (problem is null ? "" : problem + "; ") + "the fit did not converge";
        return new AdjustedModel(biomarker, rows.Length, nCase, rows.Length - nCase, terms, fit.Converged, fit.Iterations, problem);
    }
}
