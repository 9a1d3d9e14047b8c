using Ferrum.Statistics.DoseResponse;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.DoseResponse;

public sealed class PrismConversionTests
{
    [Theory]
    [InlineData(2.98, 0.48, 7.79, 3.06, 1.0)]
    [InlineData(-1.2, 0.05, 2.4, 60.0, 1.0)]
    [InlineData(-0.75, 17.3, 111.0, 3.19, 0.66)]
    [InlineData(3.9, 0.32, 7.76, 2.21, 0.47)]
    public void Drc_and_prism_forms_describe_the_same_curve_and_round_trip(double b, double c, double d, double e, double f)
    {
        var drc = new LogLogisticParameters(b, c, d, e, f);
        var prism = drc.ToPrism();
        foreach (var dose in new[] { 0.01, 0.3, 1.0, 2.5, 10.0, 200.0 })
            Approx.Equal(drc.Evaluate(dose), prism.Evaluate(Math.Log10(dose)), 1e-12, $"dose {dose}");
        var back = prism.ToLogLogistic();
        Approx.Equal(b, back.B, 1e-12); Approx.Equal(c, back.C, 1e-12); Approx.Equal(d, back.D, 1e-12);
        Approx.Equal(e, back.E, 1e-12); Approx.Equal(f, back.F, 1e-12);
    }

    [Theory]
    [InlineData(-1.2, 0.05, 2.4, 60.0, 1.0)]
    [InlineData(-0.75, 17.3, 111.0, 3.19, 0.66)]
    public void Prism_EC50_gives_the_response_halfway_between_bottom_and_top(double b, double c, double d, double e, double f)
    {
        var prism = new LogLogisticParameters(b, c, d, e, f).ToPrism();
        Approx.Equal((prism.Bottom + prism.Top) / 2, prism.Evaluate(prism.LogEC50), 1e-12);
    }

    [Fact]
    public void Prism_estimates_match_nls_fitted_directly_in_prism_form()
    {
        var golden = NlsGoldenCases.Root.GetProperty("prism");
        var data = Ryegrass.Load();
        var fit = DoseResponseCurve.Fit(data.Conc, data.RootLength, new DoseResponseOptions { Covariance = CovarianceMethod.GaussNewton });
        var rows = fit.PrismEstimates().ToDictionary(r => r.Name);
        foreach (var name in new[] { "Bottom", "Top", "LogEC50", "HillSlope" })
        {
            Approx.Equal(golden.GetProperty("parameters").GetProperty(name).GetDouble(), rows[name].Estimate, Approx.Iterative, name);
            Approx.Equal(golden.GetProperty("se").GetProperty(name).GetDouble(), rows[name].StandardError, Approx.Iterative, $"se {name}");
        }

        var ec50 = rows["EC50"];
        Approx.Equal(Math.Pow(10, rows["LogEC50"].Estimate), ec50.Estimate, 1e-12);
        Approx.Equal(Math.Pow(10, rows["LogEC50"].ConfidenceInterval!.Value.Lower), ec50.ConfidenceInterval!.Value.Lower, 1e-12);
    }
}
