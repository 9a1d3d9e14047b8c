using Ferrum.Statistics.Regression;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Regression;

/// <summary>Logistic regression against R's glm, summary, confint.default, confint (MASS profile) and anova LRT.</summary>
public sealed class LogisticRegressionGoldenTests
{
    public static IEnumerable<object[]> Cases() => RegressionGolden.Names("logistic");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coefficients_standard_errors_z_and_p_match_glm(string name)
    {
        var c = RegressionGolden.Case("logistic", name);
        var fit = LogisticRegression.Fit(RegressionGolden.Design(c), RegressionGolden.Outcome(c), new LogisticRegressionOptions { ProfileIntervals = false });
        foreach (var expected in c.GetProperty("coefficients").EnumerateArray())
        {
            var term = expected.GetProperty("term").GetString()!;
            var row = fit[term];
            Approx.Equal(expected.GetProperty("estimate").GetDouble(), row.Estimate, Approx.Iterative, $"{name} {term} estimate");
            Approx.Equal(expected.GetProperty("se").GetDouble(), row.StandardError, Approx.Iterative, $"{name} {term} se");
            Approx.Equal(expected.GetProperty("z").GetDouble(), row.ZValue, Approx.Iterative, $"{name} {term} z");
            Approx.Equal(expected.GetProperty("p").GetDouble(), row.PValue, Approx.Iterative, $"{name} {term} p");
            Approx.Equal(expected.GetProperty("waldLower").GetDouble(), row.WaldInterval.Lower, Approx.Iterative, $"{name} {term} Wald lower");
            Approx.Equal(expected.GetProperty("waldUpper").GetDouble(), row.WaldInterval.Upper, Approx.Iterative, $"{name} {term} Wald upper");
            Approx.Equal(Math.Exp(expected.GetProperty("estimate").GetDouble()), row.OddsRatio, Approx.Iterative, $"{name} {term} OR");
        }

        Assert.Equal(c.GetProperty("iterations").GetInt32(), fit.Iterations);
        Assert.True(fit.Converged);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deviance_aic_and_log_likelihood_match_glm(string name)
    {
        var c = RegressionGolden.Case("logistic", name);
        var fit = LogisticRegression.Fit(RegressionGolden.Design(c), RegressionGolden.Outcome(c), new LogisticRegressionOptions { ProfileIntervals = false });
        Approx.Equal(c.GetProperty("deviance").GetDouble(), fit.Deviance, Approx.Iterative, "deviance");
        Approx.Equal(c.GetProperty("nullDeviance").GetDouble(), fit.NullDeviance, Approx.Iterative, "null deviance");
        Approx.Equal(c.GetProperty("aic").GetDouble(), fit.Aic, Approx.Iterative, "AIC");
        Approx.Equal(c.GetProperty("logLik").GetDouble(), fit.LogLikelihood, Approx.Iterative, "logLik");
        Assert.Equal(c.GetProperty("dfResidual").GetInt32(), fit.ResidualDegreesOfFreedom);
        Assert.Equal(c.GetProperty("dfNull").GetInt32(), fit.NullDegreesOfFreedom);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Profile_likelihood_intervals_match_confint_on_glm(string name)
    {
        var c = RegressionGolden.Case("logistic", name);
        var fit = LogisticRegression.Fit(RegressionGolden.Design(c), RegressionGolden.Outcome(c));
        foreach (var expected in c.GetProperty("coefficients").EnumerateArray())
        {
            var term = expected.GetProperty("term").GetString()!;
            var row = fit[term];
            Approx.Equal(expected.GetProperty("profileLower").Number(), row.ProfileInterval.Lower, Approx.Iterative, $"{name} {term} profile lower");
            Approx.Equal(expected.GetProperty("profileUpper").Number(), row.ProfileInterval.Upper, Approx.Iterative, $"{name} {term} profile upper");
            Approx.Equal(Math.Exp(expected.GetProperty("profileUpper").Number()), row.OddsRatioProfileInterval.Upper, Approx.Iterative, $"{name} {term} OR profile upper");
        }
    }

    [Fact]
    public void Likelihood_ratio_test_matches_anova_LRT()
    {
        var root = RegressionGolden.Root("logistic");
        var lrt = root.GetProperty("lrt");
        var c = RegressionGolden.Case("logistic", lrt.GetProperty("full").GetString()!);
        var design = RegressionGolden.Design(c);
        var keep = lrt.GetProperty("reducedColumns").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var indices = keep.Select(k => design.ColumnNames.ToList().IndexOf(k)).ToArray();
        var reducedDesign = DesignMatrix.FromRows(keep, Enumerable.Range(0, design.RowCount).Select(i => (IReadOnlyList<double>)indices.Select(j => design[i, j]).ToArray()).ToArray());
        var y = RegressionGolden.Outcome(c);
        var options = new LogisticRegressionOptions { ProfileIntervals = false };
        var test = LogisticRegression.LikelihoodRatioTest(LogisticRegression.Fit(reducedDesign, y, options), LogisticRegression.Fit(design, y, options));
        Approx.Equal(lrt.GetProperty("deviance").GetDouble(), test.Statistic, Approx.Iterative, "deviance");
        Assert.Equal(lrt.GetProperty("df").GetDouble(), test.Parameters["Df"]);
        Approx.Equal(lrt.GetProperty("p").GetDouble(), test.PValue, Approx.Iterative, "p");
    }
}
