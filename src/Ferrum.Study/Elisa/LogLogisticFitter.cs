using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.DoseResponse;

namespace Ferrum.Study.Elisa;

/// <summary>Fits standard curves with Ferrum.Statistics' 4PL/5PL log-logistic least squares (drc's LL.4/LL.5).</summary>
public sealed class LogLogisticFitter : IStandardCurveFitter
{
    /// <inheritdoc />
    public StandardCurve Fit(IReadOnlyList<double> concentrations, IReadOnlyList<double> signals, AnalyteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new DoseResponseOptions
        {
            Model = settings.Model == "5PL" ? CurveModel.FiveParameter : CurveModel.FourParameter,
            Weighting = settings.Weighting switch
            {
                "1/y" => CurveWeighting.InverseResponse,
                "1/y2" => CurveWeighting.InverseResponseSquared,
                _ => CurveWeighting.None,
            },
        };
        try
        {
            return new Curve(DoseResponseCurve.Fit(concentrations, signals, options), settings);
        }
        catch (StatisticsInputException ex)
        {
            throw new InputErrorException(new InputError("elisa.curve-unfittable", $"the standard curve of {settings.Name} cannot be fitted: {ex.Message}") { Field = settings.Name, Value = ex.Code });
        }
    }

    private sealed class Curve(DoseResponseFit fit, AnalyteSettings settings) : StandardCurve
    {
        public override string Model => settings.Model == "5PL" ? "5PL (drc LL.5)" : "4PL (drc LL.4)";

        public override IReadOnlyList<KeyValuePair<string, double>> Parameters =>
            [.. fit.Estimates.Select(e => KeyValuePair.Create(e.Name, e.Estimate))];

        public override bool Converged => fit.Converged;

        public override string Convergence => string.Create(CultureInfo.InvariantCulture, $"{fit.Convergence} after {fit.Iterations} iterations");

        public override double ResidualStandardError => fit.ResidualStandardError;

        public override double Signal(double concentration) => fit.Predict(concentration);

        public override double Concentration(double signal) => fit.Parameters.DoseAt(signal);
    }
}
