using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Power;

/// <summary>
/// CDF of the noncentral t distribution by Lenth's algorithm AS 243 (1989, Applied Statistics 38:185–189) with
/// Guenther's twin series, as R's <c>pt(q, df, ncp)</c> computes it (MathNet.Numerics has no noncentral t).
/// </summary>
internal static class NoncentralT
{
    private const int MaxIterations = 1000;
    private const double ErrorBound = 1e-12;
    private const double SqrtTwoOverPi = 0.797884560802865355879892119869;
    private const double LogSqrtPi = 0.572364942924700087071713675677;
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>P(T ≤ t) (or P(T &gt; t) when <paramref name="lowerTail"/> is false) for df &gt; 0 and noncentrality δ.</summary>
    public static double Cdf(double t, double df, double delta, bool lowerTail = true)
    {
        if (delta == 0) return lowerTail ? StudentT.CDF(0, 1, df, t) : StudentT.CDF(0, 1, df, -t);
        if (double.IsInfinity(t)) return (t < 0) == lowerTail ? 0 : 1;
        bool negdel;
        double tt, del;
        if (t >= 0)
        {
            negdel = false;
            tt = t;
            del = delta;
        }
        else
        {
            if (delta > 40 && lowerTail) return 0;
            negdel = true;
            tt = -t;
            del = -delta;
        }

        if (df > 4e5 || del * del > 2 * Math.Log(2) * 1021)
        {
            // Abramowitz & Stegun 26.7.10.
            var s4 = 1 / (4 * df);
            var z = ((tt * (1 - s4)) - del) / Math.Sqrt(1 + (tt * tt * 2 * s4));
            return lowerTail != negdel ? Normal.CDF(0, 1, z) : Normal.CDF(0, 1, -z);
        }

        var x = t * t;
        x /= x + df;
        double tnc;
        if (x > 0)
        {
            var lambda = del * del;
            var p = 0.5 * Math.Exp(-0.5 * lambda);
            if (p == 0) return lowerTail != negdel ? 0 : 1;
            var q = SqrtTwoOverPi * p * del;
            var s = 0.5 - p;
            if (s < 1e-7) s = -0.5 * SpecialFunctions.Expm1(-0.5 * lambda);
            var a = 0.5;
            var b = 0.5 * df;
            var rxb = Math.Pow(1 - x, b);
            var albeta = LogSqrtPi + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(0.5 + b);
            var xodd = SpecialFunctions.BetaRegularized(a, b, x);
            var godd = 2 * rxb * Math.Exp((a * Math.Log(x)) - albeta);
            tnc = b * x;
            var xeven = tnc < MachineEpsilon ? tnc : 1 - rxb;
            var geven = tnc * rxb;
            tnc = (p * xodd) + (q * xeven);
            for (var it = 1; it <= MaxIterations; it++)
            {
                a += 1;
                xodd -= godd;
                xeven -= geven;
                godd *= x * (a + b - 1) / a;
                geven *= x * (a + b - 0.5) / (a + 0.5);
                p *= lambda / (2 * it);
                q *= lambda / ((2 * it) + 1);
                tnc += (p * xodd) + (q * xeven);
                s -= p;
                if (s < -1e-10) break;
                if (s <= 0 && it > 1) break;
                var errbd = 2 * s * (xodd - godd);
                if (Math.Abs(errbd) < ErrorBound) break;
            }
        }
        else
        {
            tnc = 0;
        }

        tnc += Normal.CDF(0, 1, -del);
        var lower = lowerTail != negdel;
        if (lower) return tnc;
        return 0.5 - Math.Min(tnc, 1) + 0.5;
    }
}
