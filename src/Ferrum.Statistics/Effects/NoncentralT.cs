using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;

namespace Ferrum.Statistics.Effects;

/// <summary>
/// CDF of the noncentral t distribution (MathNet has none) by the Poisson-mixture series of Lenth (1989,
/// AS 243), and the noncentrality parameters that put an observed t at given quantiles (the confidence
/// interval of a noncentrality parameter).
/// </summary>
internal static class NoncentralT
{
    /// <summary>P(T ≤ t) for T ~ t(df, ncp).</summary>
    public static double Cdf(double t, double df, double ncp)
    {
        // For t < 0, P(T ≤ t | δ) = P(T' ≥ −t) with T' = −T ~ t(df, −δ).
        if (t < 0) return UpperSeries(-t, df, -ncp);
        return 1 - UpperSeries(t, df, ncp);
    }

    /// <summary>P(T &gt; t) for t ≥ 0: 1 − [Φ(−δ) + ½ Σ (pⱼ I_x(j + ½, ν/2) + qⱼ I_x(j + 1, ν/2))], x = t²/(t² + ν).</summary>
    private static double UpperSeries(double t, double df, double ncp)
    {
        var x = t * t / (t * t + df);
        var lambda = ncp * ncp / 2;
        double sum = 0;
        if (x > 0)
        {
            // The Poisson(λ) weights outside mode ± (12√λ + 30) are below 1e-25: sum that window only.
            var spread = 12 * Math.Sqrt(lambda) + 30;
            var first = (int)Math.Max(0, Math.Floor(lambda - spread));
            var last = (int)Math.Ceiling(lambda + spread);
            for (var j = first; j <= last; j++) sum += Term(j, x, df, ncp, lambda);
        }

        var lower = Normal.CDF(0, 1, -ncp) + sum / 2;
        return Math.Max(0, 1 - lower);
    }

    private static double Term(int j, double x, double df, double ncp, double lambda)
    {
        var logPoisson = -lambda + (lambda > 0 ? j * Math.Log(lambda) : j == 0 ? 0 : double.NegativeInfinity) - SpecialFunctions.GammaLn(j + 1);
        var p = Math.Exp(logPoisson);
        // q_j = δ e^{−λ} λ^j / (√2 Γ(j + 3/2)), with the sign of δ.
        var logQ = -lambda + (lambda > 0 ? j * Math.Log(lambda) : j == 0 ? 0 : double.NegativeInfinity) - SpecialFunctions.GammaLn(j + 1.5);
        var q = ncp == 0 ? 0 : Math.Sign(ncp) * Math.Abs(ncp) / Math.Sqrt(2) * Math.Exp(logQ);
        return p * SpecialFunctions.BetaRegularized(j + 0.5, df / 2, x) + q * SpecialFunctions.BetaRegularized(j + 1, df / 2, x);
    }

    /// <summary>The noncentrality δ with P(T ≤ t | δ) = <paramref name="probability"/> (the CDF falls as δ grows).</summary>
    public static double NcpFor(double t, double df, double probability)
    {
        double F(double ncp) => Cdf(t, df, ncp) - probability;
        var width = 10 + Math.Abs(t);
        double lo = t - width, hi = t + width;
        for (var k = 0; k < 50 && F(lo) < 0; k++) lo -= width;
        for (var k = 0; k < 50 && F(hi) > 0; k++) hi += width;
        return Brent.FindRoot(F, lo, hi, 1e-12, 500);
    }
}
