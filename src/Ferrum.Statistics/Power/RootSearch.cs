using Ferrum.Statistics.Common;
using MathNet.Numerics.RootFinding;

namespace Ferrum.Statistics.Power;

/// <summary>Solves f(x) = 0 for a monotone f as R's <c>uniroot(…, extendInt)</c> is used by the power functions, to full precision.</summary>
internal static class RootSearch
{
    public static double Solve(Func<double, double> f, double lower, double upper, string what, bool extendUpper = true)
    {
        double flo = f(lower), fhi = f(upper);
        for (var k = 0; k < 60 && extendUpper && Math.Sign(flo) == Math.Sign(fhi); k++)
        {
            upper *= 2;
            fhi = f(upper);
        }

        if (Math.Sign(flo) == Math.Sign(fhi) && flo != 0 && fhi != 0)
        {
            throw DataChecks.Invalid(what, $"no {what} in [{lower}, {upper}] achieves the requested power.");
        }

        return Brent.FindRoot(f, lower, upper, 1e-12 * Math.Max(1, Math.Abs(lower)), 500);
    }
}
