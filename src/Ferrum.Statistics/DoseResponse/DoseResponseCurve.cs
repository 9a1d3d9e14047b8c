using System.Globalization;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Optimization;
using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// Fits 4PL/5PL log-logistic dose–response curves by (weighted) least squares, as drc's
/// <c>drm(y ~ x, fct = LL.4())</c>/<c>LL.5()</c> and R's <c>nls</c> on the same model.
/// </summary>
public static class DoseResponseCurve
{
    /// <summary>
    /// Fits the curve to (<paramref name="dose"/>, <paramref name="response"/>) pairs. Doses are on the
    /// concentration scale (≥ 0; dose 0 is a control). Starting values come from drc's self-start unless given.
    /// </summary>
    /// <exception cref="StatisticsInputException">
    /// Codes: <c>stats.length-mismatch</c>, <c>stats.non-finite</c>, <c>stats.negative-dose</c>,
    /// <c>stats.too-few-points</c>, <c>stats.too-few-doses</c>, <c>stats.constant-response</c>,
    /// <c>stats.invalid-weight</c>, <c>stats.invalid-option</c>.
    /// </exception>
    public static DoseResponseFit Fit(IReadOnlyList<double> dose, IReadOnlyList<double> response, DoseResponseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dose);
        ArgumentNullException.ThrowIfNull(response);
        options ??= new DoseResponseOptions();
        var x = dose.ToArray();
        var y = response.ToArray();
        var fixedValues = FixedValues(options);
        var free = fixedValues.Count(v => v is null);
        DoseResponseInput.Validate(x, y, free, options);
        var sqrtW = DoseResponseInput.SqrtWeights(y, options);

        var problem = new LogLogisticProblem(x, y, sqrtW, fixedValues);
        var start = options.Start is { } s ? WithFixed(s, fixedValues) : SelfStart.Guess(x, y, fixedValues);
        var theta0 = problem.Restrict(start);
        Span<double> probe = new double[x.Length];
        if (!problem.Evaluate(theta0, probe, default))
            throw new StatisticsInputException("stats.invalid-option", "starting values are outside the model's domain (e and f must be > 0, all finite)", nameof(options));

        var solution = LevenbergMarquardt.Minimize(problem, theta0, new LevenbergMarquardt.Settings(MaxIterations: options.MaxIterations));
        var estimate = problem.Expand(solution.Theta);
        var covariance = Covariance(solution, problem, x.Length, options.Covariance);
        var isFixed = fixedValues.Select(v => v is not null).ToArray();
        return new DoseResponseFit(options.Model, options.Weighting, estimate, isFixed, covariance, x.Length, solution.ResidualSumOfSquares,
            options.Level, solution.Iterations, solution.Evaluations, solution.Reason, MethodName(options, free));
    }

    private static double?[] FixedValues(DoseResponseOptions options)
    {
        var values = (options.Fixed ?? new FixedParameters()).ToArray();
        if (options.Model == CurveModel.FourParameter)
        {
            if (values[LogLogisticCurve.F] is { } f && f != 1.0)
                throw new StatisticsInputException("stats.invalid-option", $"the 4PL fixes f = 1; got fixed f = {f.ToString(CultureInfo.InvariantCulture)} (use the 5PL)", nameof(options));
            values[LogLogisticCurve.F] = 1.0;
        }

        return values;
    }

    private static LogLogisticParameters WithFixed(LogLogisticParameters s, double?[] fixedValues) => new(
        fixedValues[0] ?? s.B, fixedValues[1] ?? s.C, fixedValues[2] ?? s.D, fixedValues[3] ?? s.E, fixedValues[4] ?? s.F);

    /// <summary>σ̂² (JᵀWJ − Σ wᵢrᵢ∇²fᵢ)⁻¹ (observed) or σ̂² (JᵀWJ)⁻¹ (Gauss–Newton) over the free parameters, embedded in a 5×5 matrix with zeros for fixed ones.</summary>
    private static double[,] Covariance(LeastSquaresSolution solution, LogLogisticProblem problem, int n, CovarianceMethod method)
    {
        var p = problem.Parameters;
        var full = new double[LogLogisticCurve.Count, LogLogisticCurve.Count];
        var sigma2 = solution.ResidualSumOfSquares / (n - p);
        var information = Matrix<double>.Build.DenseOfArray(solution.Information);
        if (method == CovarianceMethod.ObservedInformation)
            information -= Matrix<double>.Build.DenseOfArray(problem.ResidualCurvature(solution.Theta));
        var inverse = information.Inverse();
        if (!inverse.Enumerate().All(double.IsFinite) || Enumerable.Range(0, p).Any(i => inverse[i, i] <= 0))
            inverse = Matrix<double>.Build.Dense(p, p, double.NaN);

        for (var i = 0; i < p; i++)
            for (var j = 0; j < p; j++)
                full[problem.Free[i], problem.Free[j]] = sigma2 * inverse[i, j];
        return full;
    }

    private static string MethodName(DoseResponseOptions options, int free)
    {
        var weighting = options.Weighting switch
        {
            CurveWeighting.InverseResponse => "weighted least squares (1/y)",
            CurveWeighting.InverseResponseSquared => "weighted least squares (1/y^2)",
            CurveWeighting.InverseVariance => "weighted least squares (1/sigma^2)",
            _ => "least squares",
        };
        var curve = options.Model == CurveModel.FourParameter ? "Log-logistic (ED50 as parameter)" : "Generalized log-logistic (ED50 as parameter)";
        return $"{curve} ({free.ToString(CultureInfo.InvariantCulture)} parms), {weighting}, Levenberg-Marquardt";
    }
}
