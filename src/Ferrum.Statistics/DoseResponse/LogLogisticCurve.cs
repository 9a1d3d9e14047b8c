namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// Value and parameter gradient of the log-logistic curve, computed on the log scale so that
/// extreme doses (0, very large) and slopes do not overflow.
/// </summary>
internal static class LogLogisticCurve
{
    /// <summary>Index of each parameter in gradients and full parameter vectors (b, c, d, e, f).</summary>
    public const int B = 0, C = 1, D = 2, E = 3, F = 4, Count = 5;

    public static double Value(in LogLogisticParameters p, double dose)
    {
        if (!LogT(p.B, p.E, dose, out var lt)) return TailValue(p, dose);
        var lu = Log1pExp(lt);
        return p.C + (p.D - p.C) * Math.Exp(-p.F * lu);
    }

    /// <summary>Writes ∂f/∂(b, c, d, e, f) at <paramref name="dose"/> into <paramref name="grad"/> and returns f.</summary>
    public static double ValueAndGradient(in LogLogisticParameters p, double dose, Span<double> grad)
    {
        if (!LogT(p.B, p.E, dose, out var lt))
        {
            grad.Clear();
            var atD = TailIsD(p, dose);
            grad[atD ? D : C] = 1.0;
            return atD ? p.D : p.C;
        }

        var lu = Log1pExp(lt);
        var uf = Math.Exp(-p.F * lu);                 // u^-f
        var tuf1 = Math.Exp(lt - (p.F + 1.0) * lu);   // t · u^-(f+1)
        var range = p.D - p.C;
        grad[B] = -range * p.F * tuf1 * (Math.Log(dose) - Math.Log(p.E));
        grad[C] = 1.0 - uf;
        grad[D] = uf;
        grad[E] = range * p.F * tuf1 * p.B / p.E;
        grad[F] = -range * uf * lu;
        return p.C + range * uf;
    }

    /// <summary>ln t = b (ln x − ln e); false at dose 0 or when b = 0 (handled as limits).</summary>
    private static bool LogT(double b, double e, double dose, out double lt)
    {
        if (dose > 0)
        {
            lt = b * (Math.Log(dose) - Math.Log(e));
            return !double.IsNaN(lt);
        }

        lt = double.NaN;
        return false;
    }

    private static bool TailIsD(in LogLogisticParameters p, double dose) => dose <= 0 && p.B > 0;

    private static double TailValue(in LogLogisticParameters p, double dose) =>
        p.B == 0 ? p.C + (p.D - p.C) * Math.Pow(2.0, -p.F) : TailIsD(p, dose) ? p.D : p.C;

    /// <summary>ln(1 + e^x) without overflow.</summary>
    internal static double Log1pExp(double x) => x > 0 ? x + Math.Log(1.0 + Math.Exp(-x)) : Math.Log(1.0 + Math.Exp(x));
}
