using Ferrum.Statistics.Common;
using Ferrum.Statistics.Optimization;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// A fitted 4PL/5PL log-logistic curve: estimates in drc's and Prism's parameterisations with standard errors
/// from residual variance × (JᵀWJ)⁻¹ (as drc's <c>summary</c>/<c>vcov</c> and R's <c>nls</c>), goodness of fit,
/// inverse prediction, and how the Levenberg–Marquardt iteration stopped.
/// </summary>
public sealed class DoseResponseFit
{
    private static readonly string[] Names = ["b", "c", "d", "e", "f"];
    private readonly double[,] _covariance; // 5×5 over (b, c, d, e, f); zero rows/columns for fixed parameters

    internal DoseResponseFit(
        CurveModel model, CurveWeighting weighting, LogLogisticParameters parameters, bool[] isFixed, double[,] covariance, int n, double rss,
        double level, int iterations, int evaluations, ConvergenceReason reason, string method)
    {
        Model = model;
        Weighting = weighting;
        Parameters = parameters;
        _covariance = covariance;
        Observations = n;
        DegreesOfFreedom = n - isFixed.Count(f => !f);
        ResidualSumOfSquares = rss;
        Level = level;
        Iterations = iterations;
        FunctionEvaluations = evaluations;
        Convergence = reason;
        Method = method;
        _tQuantile = new Lazy<double>(() => StudentT.InvCDF(0, 1, DegreesOfFreedom, 1 - (1 - Level) / 2));
        _estimates = new Lazy<IReadOnlyList<ParameterEstimate>>(() =>
        {
            double[] values = [parameters.B, parameters.C, parameters.D, parameters.E, parameters.F];
            var shown = model == CurveModel.FourParameter ? 4 : 5;
            return Enumerable.Range(0, shown).Select(i => Row(Names[i], values[i], Math.Sqrt(covariance[i, i]), isFixed[i])).ToArray();
        });
    }

    private readonly Lazy<double> _tQuantile;
    private readonly Lazy<IReadOnlyList<ParameterEstimate>> _estimates;

    /// <summary>The fitted curve (4PL or 5PL).</summary>
    public CurveModel Model { get; }

    /// <summary>Estimates in drc's parameterisation (b, c, d, e, f; f = 1 for the 4PL).</summary>
    public LogLogisticParameters Parameters { get; }

    /// <summary>The coefficient table in drc's order b, c, d, e (and f for the 5PL), as drc's <c>summary</c>.</summary>
    public IReadOnlyList<ParameterEstimate> Estimates => _estimates.Value;

    /// <summary>Number of observations n.</summary>
    public int Observations { get; }

    /// <summary>Residual degrees of freedom n − (number of free parameters).</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Weighted residual sum of squares Σ wᵢ (yᵢ − f(xᵢ))².</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>Residual standard error √(RSS / df), as drc and nls print it.</summary>
    public double ResidualStandardError => Math.Sqrt(ResidualSumOfSquares / DegreesOfFreedom);

    /// <summary>Coverage used for confidence intervals.</summary>
    public double Level { get; }

    /// <summary>Levenberg–Marquardt trial steps taken.</summary>
    public int Iterations { get; }

    /// <summary>Model evaluations (residual vectors) computed.</summary>
    public int FunctionEvaluations { get; }

    /// <summary>Why the iteration stopped.</summary>
    public ConvergenceReason Convergence { get; }

    /// <summary>True unless the iteration limit was hit or no progress was possible.</summary>
    public bool Converged => Convergence is not (ConvergenceReason.MaxIterations or ConvergenceReason.NoProgress);

    /// <summary>Description of the fit, e.g. "Log-logistic (ED50 as parameter) (4 parms), unweighted least squares".</summary>
    public string Method { get; }

    /// <summary>Covariance of two parameters by drc name ("b" … "f"); 0 for fixed parameters.</summary>
    public double Covariance(string first, string second) => _covariance[IndexOf(first), IndexOf(second)];

    /// <summary>The fitted response at <paramref name="dose"/>.</summary>
    public double Predict(double dose) => Parameters.Evaluate(dose);

    /// <summary>
    /// Inverse prediction: the dose whose fitted response is <paramref name="response"/>, with delta-method SE and
    /// t interval. NaN dose when the response is outside the open interval between the limits c and d.
    /// </summary>
    public DoseEstimate DoseAt(double response) => Delta(response, Parameters.DoseAt(response), limitsMatter: true);

    /// <summary>
    /// Inverse prediction of the mean of <paramref name="replicates"/> new measurements (calibration): as
    /// <see cref="DoseAt(double)"/> plus the new response's own variance σ̂²/(m·w(y)) carried through dx/dy.
    /// Needs the fit's weighting to define w(y): not available for 1/σ² weighting.
    /// </summary>
    public DoseEstimate DoseAt(double response, int replicates)
    {
        if (replicates < 1)
            throw new StatisticsInputException("stats.invalid-option", $"replicates must be ≥ 1, got {replicates.ToString(System.Globalization.CultureInfo.InvariantCulture)}", nameof(replicates));
        var weight = Weighting switch
        {
            CurveWeighting.None => 1.0,
            CurveWeighting.InverseResponse when response > 0 => 1.0 / response,
            CurveWeighting.InverseResponseSquared when response != 0 => 1.0 / (response * response),
            _ => throw new StatisticsInputException("stats.invalid-option", $"the variance of a new response is undefined for {Weighting} weighting at response {response.ToString(System.Globalization.CultureInfo.InvariantCulture)}", nameof(response)),
        };
        var responseVariance = ResidualSumOfSquares / DegreesOfFreedom / (replicates * weight);
        return Delta(response, Parameters.DoseAt(response), limitsMatter: true, responseVariance: responseVariance);
    }

    /// <summary>The residual weighting the curve was fitted with.</summary>
    public CurveWeighting Weighting { get; }

    /// <summary>
    /// ED<sub>p</sub> as drc's <c>ED(fit, p, interval = "delta")</c> with its defaults (type "relative", reference
    /// "control"): the dose at which the response has moved p % of the way from the control (dose-0) limit to the
    /// other limit. For rising curves (b &lt; 0) drc computes this as the falling-curve formula at 100 − p
    /// (drc's <c>EDhelper</c>); so does this. 0 &lt; p &lt; 100.
    /// </summary>
    public DoseEstimate EffectiveDose(double percent)
    {
        if (!(percent > 0 && percent < 100)) throw new StatisticsInputException("stats.invalid-option", $"percent must be strictly between 0 and 100, got {percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}", nameof(percent));
        var p = Parameters.B < 0 ? 100.0 - percent : percent;
        var q = 100.0 / (100.0 - p);
        var response = Parameters.C + (Parameters.D - Parameters.C) / q;
        return Delta(response, Parameters.EffectiveDose(p), limitsMatter: false, q);
    }

    /// <summary>
    /// The coefficient table in Prism's parameterisation (Bottom, Top, LogEC50, HillSlope, and S for the 5PL),
    /// with SEs transformed exactly from the drc covariance, plus EC50 whose interval is 10^(LogEC50 interval)
    /// and whose SE is not reported (NaN), as Prism does when it fits LogEC50.
    /// </summary>
    public IReadOnlyList<ParameterEstimate> PrismEstimates() => PrismTable.Build(this, _covariance);

    internal ParameterEstimate Row(string name, double estimate, double se, bool isFixed)
    {
        if (isFixed) return new ParameterEstimate(name, estimate, 0, double.NaN, double.NaN, null, true);
        var t = estimate / se;
        var p = 2 * StudentT.CDF(0, 1, DegreesOfFreedom, -Math.Abs(t));
        var half = TQuantile() * se;
        return new ParameterEstimate(name, estimate, se, t, p, new ConfidenceInterval(estimate - half, estimate + half, Level), false);
    }

    internal double TQuantile() => _tQuantile.Value;

    private DoseEstimate Delta(double response, double dose, bool limitsMatter, double q = double.NaN, double responseVariance = 0)
    {
        if (!double.IsFinite(dose) || dose <= 0)
            return new DoseEstimate(response, double.NaN, double.NaN, new ConfidenceInterval(double.NaN, double.NaN, Level));
        var p = Parameters;
        if (limitsMatter) q = (p.D - p.C) / (response - p.C);
        var qf = Math.Pow(q, 1.0 / p.F);
        var s = qf - 1.0;
        var common = qf / (p.B * s);
        Span<double> grad = stackalloc double[LogLogisticCurve.Count];
        grad[LogLogisticCurve.B] = -Math.Log(s) / (p.B * p.B);
        grad[LogLogisticCurve.E] = 1.0 / p.E;
        grad[LogLogisticCurve.F] = -common * Math.Log(q) / (p.F * p.F);
        grad[LogLogisticCurve.D] = limitsMatter ? common / (p.F * (p.D - p.C)) : 0;
        grad[LogLogisticCurve.C] = limitsMatter ? common / p.F * (1.0 / (response - p.C) - 1.0 / (p.D - p.C)) : 0;
        double variance = 0;
        for (var i = 0; i < LogLogisticCurve.Count; i++)
            for (var j = 0; j < LogLogisticCurve.Count; j++)
                variance += grad[i] * _covariance[i, j] * grad[j];
        // d ln x / dy = −(common / f) / (y − c): the new response's variance enters through it.
        var dLogDoseDy = -common / p.F / (response - p.C);
        variance += dLogDoseDy * dLogDoseDy * responseVariance;
        var se = dose * Math.Sqrt(variance);
        var half = TQuantile() * se;
        return new DoseEstimate(response, dose, se, new ConfidenceInterval(dose - half, dose + half, Level));
    }

    private static int IndexOf(string name)
    {
        var i = Array.IndexOf(Names, name);
        return i >= 0 ? i : throw new ArgumentException($"unknown parameter '{name}'; expected one of b, c, d, e, f", nameof(name));
    }
}
