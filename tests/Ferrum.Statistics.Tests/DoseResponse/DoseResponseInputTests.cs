using Ferrum.Statistics.Common;
using Ferrum.Statistics.DoseResponse;

namespace Ferrum.Statistics.Tests.DoseResponse;

public sealed class DoseResponseInputTests
{
    private static readonly double[] Dose = [0, 0.5, 1, 2, 4, 8, 16, 32];
    private static readonly double[] Response = [2.0, 1.9, 1.7, 1.3, 0.8, 0.4, 0.2, 0.15];

    public static TheoryData<string, double[], double[], DoseResponseOptions?> BadInputs() => new()
    {
        { "stats.length-mismatch", Dose, Response[..7], null },
        { "stats.non-finite", Dose, [.. Response[..7], double.NaN], null },
        { "stats.non-finite", [.. Dose[..7], double.PositiveInfinity], Response, null },
        { "stats.negative-dose", [-1, .. Dose[1..]], Response, null },
        { "stats.too-few-points", Dose[..4], Response[..4], null },
        { "stats.too-few-points", Dose[..5], Response[..5], new DoseResponseOptions { Model = CurveModel.FiveParameter } },
        { "stats.too-few-doses", [1, 1, 2, 2, 3, 3], [2, 2.1, 1, 1.1, 0.2, 0.3], null },
        { "stats.constant-response", Dose, Enumerable.Repeat(1.5, 8).ToArray(), null },
        { "stats.invalid-weight", Dose, [.. Response[..7], 0], new DoseResponseOptions { Weighting = CurveWeighting.InverseResponse } },
        { "stats.invalid-weight", Dose, [.. Response[..7], 0], new DoseResponseOptions { Weighting = CurveWeighting.InverseResponseSquared } },
        { "stats.invalid-weight", Dose, Response, new DoseResponseOptions { Weighting = CurveWeighting.InverseVariance } },
        { "stats.invalid-weight", Dose, Response, new DoseResponseOptions { Weighting = CurveWeighting.InverseVariance, StandardDeviations = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0] } },
        { "stats.invalid-option", Dose, Response, new DoseResponseOptions { Level = 1.0 } },
        { "stats.invalid-option", Dose, Response, new DoseResponseOptions { Fixed = new FixedParameters { E = -1 } } },
        { "stats.invalid-option", Dose, Response, new DoseResponseOptions { Fixed = new FixedParameters { F = 2 } } },
        { "stats.invalid-option", Dose, Response, new DoseResponseOptions { Start = new LogLogisticParameters(1, 0, 2, -3) } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_fails_with_a_stable_code(string code, double[] dose, double[] response, DoseResponseOptions? options)
    {
        var error = Assert.Throws<StatisticsInputException>(() => DoseResponseCurve.Fit(dose, response, options));
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Effective_dose_outside_0_to_100_percent_is_rejected()
    {
        var fit = DoseResponseCurve.Fit(Dose, Response);
        Assert.Equal("stats.invalid-option", Assert.Throws<StatisticsInputException>(() => fit.EffectiveDose(100)).Code);
    }

    [Fact]
    public void Calibration_with_new_replicates_needs_a_defined_response_variance()
    {
        var fit = DoseResponseCurve.Fit(Dose, Response, new DoseResponseOptions
        {
            Weighting = CurveWeighting.InverseVariance,
            StandardDeviations = Enumerable.Repeat(0.05, 8).ToArray(),
        });
        Assert.Equal("stats.invalid-option", Assert.Throws<StatisticsInputException>(() => fit.DoseAt(1.0, replicates: 2)).Code);
        var unweighted = DoseResponseCurve.Fit(Dose, Response);
        Assert.Equal("stats.invalid-option", Assert.Throws<StatisticsInputException>(() => unweighted.DoseAt(1.0, replicates: 0)).Code);
        Assert.True(unweighted.DoseAt(1.0, replicates: 2).StandardError > unweighted.DoseAt(1.0).StandardError);
    }

    [Fact]
    public void Inverse_prediction_outside_the_curve_range_is_NaN_not_an_error()
    {
        var fit = DoseResponseCurve.Fit(Dose, Response);
        var above = fit.DoseAt(fit.Parameters.D + 1);
        Assert.True(double.IsNaN(above.Dose));
        Assert.True(double.IsNaN(above.StandardError));
    }

    [Fact]
    public void An_iteration_limit_that_is_too_small_is_reported_not_hidden()
    {
        var fit = DoseResponseCurve.Fit(Dose, Response, new DoseResponseOptions { MaxIterations = 1 });
        Assert.False(fit.Converged);
        Assert.Equal(Ferrum.Statistics.Optimization.ConvergenceReason.MaxIterations, fit.Convergence);
        Assert.Equal(1, fit.Iterations);
    }

    [Fact]
    public void Method_names_the_curve_weighting_and_algorithm()
    {
        var fit = DoseResponseCurve.Fit(Dose, Response, new DoseResponseOptions { Weighting = CurveWeighting.InverseResponseSquared });
        Assert.Equal("Log-logistic (ED50 as parameter) (4 parms), weighted least squares (1/y^2), Levenberg-Marquardt", fit.Method);
    }
}
