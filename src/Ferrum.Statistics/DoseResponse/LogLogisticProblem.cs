using Ferrum.Statistics.Optimization;

namespace Ferrum.Statistics.DoseResponse;

/// <summary>The weighted least-squares problem for a log-logistic curve with some parameters held fixed.</summary>
internal sealed class LogLogisticProblem : ILeastSquaresProblem
{
    private readonly double[] _dose;
    private readonly double[] _logDose;
    private readonly bool _needF;
    private readonly double[] _response;
    private readonly double[] _sqrtWeight;
    private readonly double[] _full;
    private readonly int[] _free;

    public LogLogisticProblem(double[] dose, double[] response, double[] sqrtWeight, double?[] fixedValues)
    {
        _dose = dose;
        _logDose = dose.Select(x => x > 0 ? Math.Log(x) : double.NegativeInfinity).ToArray();
        _needF = fixedValues[LogLogisticCurve.F] is null;
        _response = response;
        _sqrtWeight = sqrtWeight;
        _full = fixedValues.Select(v => v ?? double.NaN).ToArray();
        _free = Enumerable.Range(0, LogLogisticCurve.Count).Where(i => fixedValues[i] is null).ToArray();
    }

    public int Observations => _dose.Length;

    public int Parameters => _free.Length;

    /// <summary>Indices (b=0 … f=4) of the free parameters, in θ order.</summary>
    public IReadOnlyList<int> Free => _free;

    public LogLogisticParameters Expand(ReadOnlySpan<double> theta)
    {
        Span<double> all = stackalloc double[LogLogisticCurve.Count];
        _full.CopyTo(all);
        for (var j = 0; j < _free.Length; j++) all[_free[j]] = theta[j];
        return new LogLogisticParameters(all[0], all[1], all[2], all[3], all[4]);
    }

    public double[] Restrict(in LogLogisticParameters p)
    {
        double[] all = [p.B, p.C, p.D, p.E, p.F];
        return _free.Select(i => all[i]).ToArray();
    }

    public bool Evaluate(ReadOnlySpan<double> theta, Span<double> residuals, Span<double> jacobian)
    {
        var p = Expand(theta);
        if (!(p.E > 0) || !(p.F > 0) || !double.IsFinite(p.B) || !double.IsFinite(p.C) || !double.IsFinite(p.D)) return false;
        Span<double> grad = stackalloc double[LogLogisticCurve.Count];
        var k = _free.Length;
        var logE = Math.Log(p.E);
        for (var i = 0; i < _dose.Length; i++)
        {
            double f;
            if (jacobian.IsEmpty)
            {
                f = LogLogisticCurve.ValueAt(p, _logDose[i], logE);
            }
            else
            {
                f = LogLogisticCurve.ValueAndGradient(p, _logDose[i], logE, grad, _needF);
                for (var j = 0; j < k; j++) jacobian[i * k + j] = _sqrtWeight[i] * grad[_free[j]];
            }

            if (!double.IsFinite(f)) return false;
            residuals[i] = _sqrtWeight[i] * (_response[i] - f);
        }

        return true;
    }

    /// <summary>
    /// Σ wᵢ rᵢ ∇²fᵢ over the free parameters (rᵢ = yᵢ − fᵢ), by central differences of the analytic gradient;
    /// JᵀWJ minus this is half the Hessian of the weighted residual sum of squares.
    /// </summary>
    public double[,] ResidualCurvature(ReadOnlySpan<double> theta)
    {
        var k = _free.Length;
        var result = new double[k, k];
        var p0 = Expand(theta);
        Span<double> plus = stackalloc double[k];
        Span<double> gradPlus = stackalloc double[LogLogisticCurve.Count];
        Span<double> gradMinus = stackalloc double[LogLogisticCurve.Count];
        for (var j = 0; j < k; j++)
        {
            var h = 1e-4 * Math.Max(Math.Abs(theta[j]), 1e-2);
            theta.CopyTo(plus);
            plus[j] = theta[j] + h;
            var pPlus = Expand(plus);
            plus[j] = theta[j] - h;
            var pMinus = Expand(plus);
            for (var i = 0; i < _dose.Length; i++)
            {
                var w = _sqrtWeight[i] * _sqrtWeight[i];
                var r = _response[i] - LogLogisticCurve.ValueAt(p0, _logDose[i], Math.Log(p0.E));
                LogLogisticCurve.ValueAndGradient(pPlus, _logDose[i], Math.Log(pPlus.E), gradPlus);
                LogLogisticCurve.ValueAndGradient(pMinus, _logDose[i], Math.Log(pMinus.E), gradMinus);
                for (var m = 0; m < k; m++)
                    result[m, j] += w * r * (gradPlus[_free[m]] - gradMinus[_free[m]]) / (2 * h);
            }
        }

        for (var a = 0; a < k; a++)
            for (var b = 0; b < a; b++)
                result[a, b] = result[b, a] = 0.5 * (result[a, b] + result[b, a]);
        return result;
    }
}
