using Ferrum.Statistics.Regression;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Regression;

/// <summary>OLS against R's lm, summary(lm) and confint(lm) (closed form: 1e-9 relative).</summary>
public sealed class LinearRegressionGoldenTests
{
    public static IEnumerable<object[]> Cases() => RegressionGolden.Names("linear");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coefficient_table_matches_lm(string name)
    {
        var c = RegressionGolden.Case("linear", name);
        var fit = LinearRegression.Fit(RegressionGolden.Design(c), c.GetProperty("y").Numbers());
        foreach (var expected in c.GetProperty("coefficients").EnumerateArray())
        {
            var term = expected.GetProperty("term").GetString()!;
            var row = fit[term];
            Approx.Equal(expected.GetProperty("estimate").GetDouble(), row.Estimate, Approx.ClosedForm, $"{name} {term} estimate");
            Approx.Equal(expected.GetProperty("se").GetDouble(), row.StandardError, Approx.ClosedForm, $"{name} {term} se");
            Approx.Equal(expected.GetProperty("t").GetDouble(), row.TValue, Approx.ClosedForm, $"{name} {term} t");
            Approx.Equal(expected.GetProperty("p").GetDouble(), row.PValue, 1e-8, $"{name} {term} p");
            Approx.Equal(expected.GetProperty("lower").GetDouble(), row.ConfidenceInterval.Lower, Approx.ClosedForm, $"{name} {term} lower");
            Approx.Equal(expected.GetProperty("upper").GetDouble(), row.ConfidenceInterval.Upper, Approx.ClosedForm, $"{name} {term} upper");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_summary_matches_lm(string name)
    {
        var c = RegressionGolden.Case("linear", name);
        var fit = LinearRegression.Fit(RegressionGolden.Design(c), c.GetProperty("y").Numbers());
        Approx.Equal(c.GetProperty("sigma").GetDouble(), fit.ResidualStandardError, Approx.ClosedForm, "sigma");
        Assert.Equal(c.GetProperty("df").GetInt32(), fit.ResidualDegreesOfFreedom);
        Approx.Equal(c.GetProperty("rSquared").GetDouble(), fit.RSquared, Approx.ClosedForm, "R2");
        Approx.Equal(c.GetProperty("adjRSquared").GetDouble(), fit.AdjustedRSquared, Approx.ClosedForm, "adj R2");
        Approx.Equal(c.GetProperty("fStatistic").GetDouble(), fit.FStatistic, Approx.ClosedForm, "F");
        Assert.Equal(c.GetProperty("fNumDf").GetDouble(), fit.FNumeratorDegreesOfFreedom);
        Approx.Equal(c.GetProperty("fP").GetDouble(), fit.FPValue, 1e-8, "F p");
        Approx.Equal(c.GetProperty("logLik").GetDouble(), fit.LogLikelihood, Approx.ClosedForm, "logLik");
        Approx.Equal(c.GetProperty("aic").GetDouble(), fit.Aic, Approx.ClosedForm, "AIC");
    }
}
