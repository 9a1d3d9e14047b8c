using Ferrum.Statistics.DoseResponse;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.DoseResponse;

/// <summary>Fits agree with scipy.optimize.curve_fit (golden/dose_response_scipy.json) on the nls cases.</summary>
public sealed class DoseResponseScipyGoldenTests
{
    /// <summary>curve_fit's covariance uses a finite-difference Jacobian, good to about 1e-6 on the 5PL cases.</summary>
    private const double FiniteDifferenceJacobian = 2e-6;

    public static IEnumerable<object[]> Cases() => NlsGoldenCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parameters_and_covariance_match_curve_fit(string name)
    {
        var scipy = Golden.Load("dose_response_scipy.json").RootElement.GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
        var (x, y, options) = NlsGoldenCases.Inputs(NlsGoldenCases.Case(name), CovarianceMethod.GaussNewton);
        var fit = DoseResponseCurve.Fit(x, y, options);
        foreach (var row in fit.Estimates.Where(e => !e.IsFixed))
        {
            Approx.Equal(scipy.GetProperty("parameters").GetProperty(row.Name).GetDouble(), row.Estimate, Approx.Iterative, $"{name} {row.Name}");
            Approx.Equal(scipy.GetProperty("se").GetProperty(row.Name).GetDouble(), row.StandardError, FiniteDifferenceJacobian, $"{name} se({row.Name})");
        }

        Approx.Equal(scipy.GetProperty("rss").GetDouble(), fit.ResidualSumOfSquares, Approx.Iterative, $"{name} rss");
    }
}
