using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// R's <c>uniroot</c> without interval extension: Brent's zero finder as in R's <c>R_zeroin2</c>
/// (Forsythe, Malcolm and Moler), step for step, so that estimates R obtains by <c>uniroot</c>
/// (Hodges–Lehmann under the normal approximation, Fisher's conditional MLE and its CI) come out the same.
/// </summary>
internal static class Uniroot
{
    /// <summary>R's default tolerance, <c>.Machine$double.eps^0.25</c>.</summary>
    public static readonly double DefaultTolerance = Math.Pow(2.220446049250313e-16, 0.25);

    /// <summary>Finds a zero of <paramref name="f"/> in [lower, upper] given f at both ends, with R's tolerance semantics.</summary>
    public static double Find(Func<double, double> f, double lower, double upper, double fLower, double fUpper, double tol, int maxIter = 1000)
    {
        if (!(lower < upper))
            throw new StatisticsInputException(Sample.Constant, "the search interval is empty (lower ≥ upper): the data are constant.", "x");
        if (double.IsNaN(fLower) || double.IsNaN(fUpper))
            throw new StatisticsInputException(Sample.Constant, "the function is undefined at the end of the search interval: all observations are tied.", "x");
        if (!(Math.Sign(fLower) * Math.Sign(fUpper) <= 0))
            throw new StatisticsInputException(Sample.BadArgument, "f() values at end points are not of opposite sign.", "x");
        return Zeroin(Guarded(f), lower, upper, fLower, fUpper, tol, maxIter);
    }

    /// <summary>R's evaluation wrapper: ±∞ become ±DBL_MAX, NaN is an error.</summary>
    private static Func<double, double> Guarded(Func<double, double> f) => x =>
    {
        var v = f(x);
        if (double.IsNaN(v))
            throw new StatisticsInputException(Sample.Constant, "the function became undefined during root finding.", "x");
        return double.IsPositiveInfinity(v) ? double.MaxValue : double.IsNegativeInfinity(v) ? -double.MaxValue : v;
    };

    private static double Zeroin(Func<double, double> f, double ax, double bx, double fa, double fb, double tol, int maxIter)
    {
        const double eps = 2.220446049250313e-16;
        double a = ax, b = bx, c = a, fc = fa;
        if (fa == 0) return a;
        if (fb == 0) return b;
        for (var left = maxIter + 1; left > 0; left--)
        {
            var prevStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }

            var tolAct = 2 * eps * Math.Abs(b) + tol / 2;
            var newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0) return b;

            if (Math.Abs(prevStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    var qa = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
                    q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }

                if (p > 0) q = -q;
                else p = -p;
                if (p < 0.75 * cb * q - Math.Abs(tolAct * q) / 2 && p < Math.Abs(prevStep * q / 2)) newStep = p / q;
            }

            if (Math.Abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
            a = b; fa = fb;
            b += newStep;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a; fc = fa;
            }
        }

        return b;
    }
}
