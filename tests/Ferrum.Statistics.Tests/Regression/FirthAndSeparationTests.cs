using Ferrum.Statistics.Common;
using Ferrum.Statistics.Regression;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Regression;

/// <summary>Separation is detected and refused with a typed error; Firth's fit matches brglm2 (golden/models_firth.json).</summary>
public sealed class FirthAndSeparationTests
{
    public static IEnumerable<object[]> Cases() => RegressionGolden.Names("firth");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Firth_estimates_and_standard_errors_match_brglm2(string name)
    {
        var c = RegressionGolden.Case("firth", name);
        var fit = LogisticRegression.FitFirth(RegressionGolden.Design(c), RegressionGolden.Outcome(c), new LogisticRegressionOptions { ProfileIntervals = false });
        Assert.True(fit.Converged);
        Assert.Equal("Firth's penalized-likelihood logistic regression", fit.Method);
        foreach (var expected in c.GetProperty("coefficients").EnumerateArray())
        {
            var term = expected.GetProperty("term").GetString()!;
            Approx.Equal(expected.GetProperty("estimate").GetDouble(), fit[term].Estimate, Approx.Iterative, $"{name} {term} estimate");
            Approx.Equal(expected.GetProperty("se").GetDouble(), fit[term].StandardError, Approx.Iterative, $"{name} {term} se");
            Approx.Equal(expected.GetProperty("p").GetDouble(), fit[term].PValue, Approx.Iterative, $"{name} {term} p");
        }

        Approx.Equal(c.GetProperty("deviance").GetDouble(), fit.Deviance, Approx.Iterative, $"{name} deviance");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Firth_profile_penalized_likelihood_intervals_and_tests_match_the_reference_implementation(string name)
    {
        var c = RegressionGolden.Case("firth", name);
        var fit = LogisticRegression.FitFirth(RegressionGolden.Design(c), RegressionGolden.Outcome(c));
        foreach (var expected in c.GetProperty("coefficients").EnumerateArray())
        {
            var term = expected.GetProperty("term").GetString()!;
            Approx.Equal(expected.GetProperty("profileLower").GetDouble(), fit[term].ProfileInterval.Lower, Approx.Iterative, $"{name} {term} lower");
            Approx.Equal(expected.GetProperty("profileUpper").GetDouble(), fit[term].ProfileInterval.Upper, Approx.Iterative, $"{name} {term} upper");
            Approx.Equal(expected.GetProperty("penalizedLrtP").GetDouble(), fit[term].PenalizedLikelihoodRatioPValue!.Value, Approx.Iterative, $"{name} {term} LRT p");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Separation_is_classified_as_R_data_construction_says(string name)
    {
        var c = RegressionGolden.Case("firth", name);
        var expected = c.GetProperty("separation").GetString() switch
        {
            "complete" => SeparationKind.Complete,
            "quasi-complete" => SeparationKind.QuasiComplete,
            _ => SeparationKind.None,
        };
        Assert.Equal(expected, LogisticRegression.DetectSeparation(RegressionGolden.Design(c), RegressionGolden.Outcome(c)).Kind);
    }

    [Theory]
    [InlineData("complete separation")]
    [InlineData("quasi-complete separation")]
    [InlineData("sex separates the outcome")]
    public void Maximum_likelihood_on_separated_data_fails_with_a_typed_error_pointing_to_Firth(string name)
    {
        var c = RegressionGolden.Case("firth", name);
        var error = Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(RegressionGolden.Design(c), RegressionGolden.Outcome(c)));
        Assert.Equal("stats.separation", error.Code);
        Assert.Contains("FitFirth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Separation_message_names_the_separating_term()
    {
        var c = RegressionGolden.Case("firth", "sex separates the outcome");
        var separation = LogisticRegression.DetectSeparation(RegressionGolden.Design(c), RegressionGolden.Outcome(c));
        Assert.Contains("sexmale", separation.Terms);
    }
}
