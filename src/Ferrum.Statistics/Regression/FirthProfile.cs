using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.RootFinding;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Profile penalized-likelihood inference for Firth fits, logistf's defaults (Heinze &amp; Schemper 2002, §2.2):
/// the interval {βⱼ : 2[l*(β̂) − max l*(β | βⱼ)] ≤ χ²₁(level)} with limits found by Brent's method, and the
/// penalized likelihood-ratio p-value of βⱼ = 0.
/// </summary>
internal static class FirthProfile
{
    private const double Tolerance = 1e-10;
    private const int MaxIterations = 200;

    public static (double Lower, double Upper, double PValue) Infer(Matrix<double> x, double[] y, FirthLogistic.Result fit, int j, double se, double level)
    {
        var cut = ChiSquared.InvCDF(1, level) / 2;
        var start = fit.Beta;
        double Deficit(double b)
        {
            var constrained = FirthLogistic.Fit(x, y, Tolerance, MaxIterations, j, b, start); // warm start: the last constrained fit
            start = constrained.Beta;
            return fit.PenalizedLogLik - constrained.PenalizedLogLik - cut;
        }

        var lower = Limit(Deficit, fit.Beta[j], -se);
        start = fit.Beta;
        var upper = Limit(Deficit, fit.Beta[j], se);
        start = fit.Beta;
        var atZero = 2 * (fit.PenalizedLogLik - FirthLogistic.Fit(x, y, Tolerance, MaxIterations, j, 0, start).PenalizedLogLik);
        var p = MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(0.5, Math.Max(atZero, 0) / 2);
        return (lower, upper, p);
    }

    /// <summary>Steps from the estimate in multiples of the SE until the profile falls below the cut, then solves.</summary>
    private static double Limit(Func<double, double> deficit, double estimate, double step)
    {
        var inner = estimate;
        for (var k = 1; k <= 60; k++)
        {
            var outer = estimate + k * step;
            if (deficit(outer) > 0)
                return Brent.FindRoot(deficit, Math.Min(inner, outer), Math.Max(inner, outer), 1e-10, 200);
            inner = outer;
        }

        return double.NaN;
    }
}
