namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// Parameters of the five-parameter log-logistic curve in drc's parameterisation (<c>LL.5</c>):
/// f(x) = c + (d − c) / (1 + exp(b (ln x − ln e)))^f. With <see cref="F"/> = 1 it is drc's <c>LL.4</c>.
/// </summary>
/// <remarks>
/// For b &gt; 0 the curve falls from d (at dose 0) to c (at infinite dose); for b &lt; 0 it rises from c to d.
/// Source: drc's <c>llogistic</c>/<c>LL.4</c>/<c>LL.5</c> documentation (Ritz et al. 2015, PLoS ONE 10:e0146021).
/// </remarks>
/// <param name="B">Slope b (drc sign convention: the negative of Prism's HillSlope).</param>
/// <param name="C">Limit c, the response at infinite dose when b &gt; 0.</param>
/// <param name="D">Limit d, the response at dose 0 when b &gt; 0.</param>
/// <param name="E">Location e &gt; 0 (the ED50 when f = 1), in dose units.</param>
/// <param name="F">Asymmetry f &gt; 0; 1 gives the symmetric 4PL.</param>
public readonly record struct LogLogisticParameters(double B, double C, double D, double E, double F = 1.0)
{
    /// <summary>The curve's response at <paramref name="dose"/> (dose ≥ 0; dose 0 gives the limit).</summary>
    public double Evaluate(double dose) => LogLogisticCurve.Value(this, dose);

    /// <summary>
    /// The dose at which the curve reaches <paramref name="response"/> (inverse prediction), or NaN when the
    /// response is not strictly between the limits c and d.
    /// </summary>
    public double DoseAt(double response)
    {
        var q = (D - C) / (response - C);
        var s = Math.Pow(q, 1.0 / F) - 1.0;
        return q > 0 && s > 0 ? E * Math.Pow(s, 1.0 / B) : double.NaN;
    }

    /// <summary>
    /// The dose at which the response has moved <paramref name="percent"/> % of the way from d towards c:
    /// e · ((100/(100 − p))^(1/f) − 1)^(1/b), drc's <c>edfct</c>. For b &gt; 0 this is drc's ED<sub>p</sub>; for b &lt; 0
    /// drc's ED<sub>p</sub> (reference "control") is this at 100 − p — use <see cref="DoseResponseFit.EffectiveDose"/>.
    /// </summary>
    public double EffectiveDose(double percent) =>
        E * Math.Pow(Math.Pow(100.0 / (100.0 - percent), 1.0 / F) - 1.0, 1.0 / B);

    /// <summary>The same curve in GraphPad Prism's form (Bottom = c, Top = d, HillSlope = −b, S = f).</summary>
    public PrismParameters ToPrism()
    {
        var hill = -B;
        var logXb = Math.Log10(E);
        var logEc50 = logXb - Math.Log10(Math.Pow(2.0, 1.0 / F) - 1.0) / hill;
        return new PrismParameters(C, D, logEc50, hill, F);
    }
}
