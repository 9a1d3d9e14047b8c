namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// Value and parameter gradient of the log-logistic curve, computed on the log scale so that
/// extreme doses (0, very large) and slopes do not overflow.
/// </summary>
internal static class LogLogisticCurve
{
    /// <summary>Index of each parameter in gradients and full parameter vectors (b, c, d, e, f).</summary>
    public const int B = 0, C = 1, D = 2, E = 3, F = 4, Count = 5;

    public static double Value(in LogLogisticParameters p, double dose) =>
        dose > 0 ? ValueAt(p, Math.Log(dose), Math.Log(p.E)) : TailValue(p);

    /// <summary>The curve at log dose <paramref name="logDose"/> (−∞ for dose 0), given ln e.</summary>
    public static double ValueAt(in LogLogisticParameters p, double logDose, double logE)
    {
        if (double.IsNegativeInfinity(logDose)) return TailValue(p);
        var lt = p.B * (logDose - logE);
        return p.C + (p.D - p.C) * UToMinusF(lt, p.F);
    }

    /// <summary>
    /// Writes ∂f/∂(b, c, d, e, f) at log dose <paramref name="logDose"/> into <paramref name="grad"/> and returns f.
    /// ∂f/∂f is computed only when <paramref name="needF"/> (the 4PL holds f = 1).
    /// </summary>
    public static double ValueAndGradient(in LogLogisticParameters p, double logDose, double logE, Span<double> grad, bool needF = true)
    {
        if (double.IsNegativeInfinity(logDose))
        {
            grad.Clear();
            var atD = p.B > 0;
            grad[atD ? D : C] = 1.0;
            return TailValue(p);
        }

        var centred = logDose - logE;
        var lt = p.B * centred;
        double uf, tuf1, lu;
        if (p.F == 1.0)
        {
            // u = 1 + t: 1/u and t/u² without overflow, one exponential.
            var q = Math.Exp(-Math.Abs(lt));
            var inv = 1.0 / (1.0 + q);
            uf = lt > 0 ? q * inv : inv;
            tuf1 = q * inv * inv;
            lu = needF ? (lt > 0 ? lt : 0) + Math.Log(1.0 + q) : 0;
        }
        else
        {
            lu = Log1pExp(lt);
            uf = Math.Exp(-p.F * lu);
            tuf1 = Math.Exp(lt - (p.F + 1.0) * lu);
        }

        var range = p.D - p.C;
        grad[B] = -range * p.F * tuf1 * centred;
        grad[C] = 1.0 - uf;
        grad[D] = uf;
        grad[E] = range * p.F * tuf1 * p.B / p.E;
        grad[F] = needF ? -range * uf * lu : 0;
        return p.C + range * uf;
    }

    /// <summary>u^−f with u = 1 + e^lt.</summary>
    private static double UToMinusF(double lt, double f)
    {
        if (f == 1.0)
        {
            var q = Math.Exp(-Math.Abs(lt));
            return lt > 0 ? q / (1.0 + q) : 1.0 / (1.0 + q);
        }

        return Math.Exp(-f * Log1pExp(lt));
    }

    /// <summary>The limit at dose 0: d when b &gt; 0, c when b &lt; 0, the midpoint-type value when b = 0.</summary>
    private static double TailValue(in LogLogisticParameters p) =>
        p.B == 0 ? p.C + (p.D - p.C) * Math.Pow(2.0, -p.F) : p.B > 0 ? p.D : p.C;

    /// <summary>ln(1 + e^x) without overflow.</summary>
    internal static double Log1pExp(double x) => x > 0 ? x + Math.Log(1.0 + Math.Exp(-x)) : Math.Log(1.0 + Math.Exp(x));
}
