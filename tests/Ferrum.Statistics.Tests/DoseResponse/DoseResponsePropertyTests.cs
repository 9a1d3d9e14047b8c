using CsCheck;
using Ferrum.Statistics.DoseResponse;

namespace Ferrum.Statistics.Tests.DoseResponse;

public sealed class DoseResponsePropertyTests
{
    private static readonly double[] Steps = Enumerable.Range(-6, 13).Select(k => Math.Pow(2.5, k)).ToArray();

    private static readonly Gen<LogLogisticParameters> Curves4 =
        Gen.Select(Gen.Double[0.6, 4.0], Gen.Bool, Gen.Double[-1.0, 1.0], Gen.Double[0.5, 20.0], Gen.Double[0.05, 500.0])
            .Select((slope, rising, c, range, e) => new LogLogisticParameters(rising ? -slope : slope, c, c + range, e));

    private static readonly Gen<LogLogisticParameters> Curves5 =
        Gen.Select(Curves4, Gen.Double[0.4, 2.5]).Select((p, f) => p with { F = f });

    [Fact]
    public void A_noise_free_4PL_curve_fits_back_to_its_parameters() =>
        Curves4.Sample(p => FitsBack(p, CurveModel.FourParameter), iter: 200);

    [Fact]
    public void A_noise_free_5PL_curve_fits_back_to_its_parameters() =>
        Curves5.Sample(p => FitsBack(p, CurveModel.FiveParameter), iter: 200);

    [Fact]
    public void Inverse_prediction_inverts_the_curve() =>
        Gen.Select(Curves5, Gen.Double[0.05, 0.95]).Sample((p, share) =>
        {
            var y = p.C + share * (p.D - p.C);
            var x = p.DoseAt(y);
            return Math.Abs(p.Evaluate(x) - y) <= 1e-9 * Math.Abs(p.D - p.C);
        }, iter: 500);

    private static bool FitsBack(LogLogisticParameters truth, CurveModel model)
    {
        var dose = Steps.Select(s => s * truth.E).Prepend(0.0).ToArray();
        var response = dose.Select(truth.Evaluate).ToArray();
        var fit = DoseResponseCurve.Fit(dose, response, new DoseResponseOptions { Model = model });
        var p = fit.Parameters;
        return fit.Converged && Close(truth.B, p.B) && Close(truth.C, p.C, truth.D - truth.C) && Close(truth.D, p.D, truth.D - truth.C)
            && Close(truth.E, p.E) && Close(truth.F, p.F);
    }

    private static bool Close(double expected, double actual, double scale = 0) =>
        Math.Abs(expected - actual) <= 1e-6 * Math.Max(Math.Abs(expected), scale);
}
