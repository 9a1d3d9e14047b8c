using System.Text.Json;
using Ferrum.Statistics.DoseResponse;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.DoseResponse;

/// <summary>Fits agree with R's nls (same model, data, weights) to 1e-6 relative; SEs by both covariance methods.</summary>
public sealed class DoseResponseNlsGoldenTests
{
    public static IEnumerable<object[]> Cases() => NlsGoldenCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parameters_rss_and_sigma_match_nls(string name)
    {
        var c = NlsGoldenCases.Case(name);
        var (x, y, options) = NlsGoldenCases.Inputs(c, CovarianceMethod.GaussNewton);
        var fit = DoseResponseCurve.Fit(x, y, options);

        Assert.True(fit.Converged, $"{name}: {fit.Convergence}");
        var expected = c.GetProperty("parameters");
        double[] actual = [fit.Parameters.B, fit.Parameters.C, fit.Parameters.D, fit.Parameters.E, fit.Parameters.F];
        string[] names = ["b", "c", "d", "e", "f"];
        for (var i = 0; i < 5; i++) Approx.Equal(expected.GetProperty(names[i]).GetDouble(), actual[i], Approx.Iterative, $"{name} {names[i]}");
        Approx.Equal(c.GetProperty("rss").GetDouble(), fit.ResidualSumOfSquares, Approx.Iterative, $"{name} rss");
        Approx.Equal(c.GetProperty("sigma").GetDouble(), fit.ResidualStandardError, Approx.Iterative, $"{name} sigma");
        Assert.Equal(c.GetProperty("df").GetInt32(), fit.DegreesOfFreedom);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gauss_newton_standard_errors_t_and_p_match_nls(string name)
    {
        var c = NlsGoldenCases.Case(name);
        var (x, y, options) = NlsGoldenCases.Inputs(c, CovarianceMethod.GaussNewton);
        var fit = DoseResponseCurve.Fit(x, y, options);
        foreach (var row in fit.Estimates.Where(e => !e.IsFixed))
        {
            Approx.Equal(c.GetProperty("se").GetProperty(row.Name).GetDouble(), row.StandardError, Approx.Iterative, $"{name} se({row.Name})");
            Approx.Equal(c.GetProperty("tvalue").GetProperty(row.Name).GetDouble(), row.TStatistic, Approx.Iterative, $"{name} t({row.Name})");
            Approx.Equal(c.GetProperty("pvalue").GetProperty(row.Name).GetDouble(), row.PValue, 1e-5, $"{name} p({row.Name})");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Observed_information_standard_errors_match_the_exact_hessian(string name)
    {
        var c = NlsGoldenCases.Case(name);
        var (x, y, options) = NlsGoldenCases.Inputs(c, CovarianceMethod.ObservedInformation);
        var fit = DoseResponseCurve.Fit(x, y, options);
        foreach (var row in fit.Estimates.Where(e => !e.IsFixed))
            Approx.Equal(c.GetProperty("seObserved").GetProperty(row.Name).GetDouble(), row.StandardError, Approx.Iterative, $"{name} se({row.Name})");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Effective_doses_and_inverse_predictions_match_the_delta_method(string name)
    {
        var c = NlsGoldenCases.Case(name);
        foreach (var (method, key) in new[] { (CovarianceMethod.GaussNewton, "doses"), (CovarianceMethod.ObservedInformation, "dosesObserved") })
        {
            var (x, y, options) = NlsGoldenCases.Inputs(c, method);
            var fit = DoseResponseCurve.Fit(x, y, options);
            foreach (var d in c.GetProperty(key).EnumerateArray())
            {
                var target = d.GetProperty("target").GetDouble();
                var est = d.GetProperty("kind").GetString() == "ed" ? fit.EffectiveDose(target) : fit.DoseAt(target);
                var what = $"{name} {key} {d.GetProperty("kind").GetString()} {target}";
                Approx.Equal(d.GetProperty("dose").GetDouble(), est.Dose, Approx.Iterative, what + " dose");
                Approx.Equal(d.GetProperty("se").GetDouble(), est.StandardError, Approx.Iterative, what + " se");
                Approx.Equal(d.GetProperty("lower").GetDouble(), est.ConfidenceInterval.Lower, Approx.Iterative, what + " lower");
                Approx.Equal(d.GetProperty("upper").GetDouble(), est.ConfidenceInterval.Upper, Approx.Iterative, what + " upper");
                if (!d.TryGetProperty("seNew3", out var seNew)) continue;
                var calibrated = fit.DoseAt(target, replicates: 3);
                Approx.Equal(seNew.GetDouble(), calibrated.StandardError, Approx.Iterative, what + " se with 3 new replicates");
                Approx.Equal(d.GetProperty("lowerNew3").GetDouble(), calibrated.ConfidenceInterval.Lower, Approx.Iterative, what + " lower with 3 new replicates");
                Approx.Equal(d.GetProperty("upperNew3").GetDouble(), calibrated.ConfidenceInterval.Upper, Approx.Iterative, what + " upper with 3 new replicates");
            }
        }
    }
}
