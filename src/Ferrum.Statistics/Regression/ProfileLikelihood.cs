using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Profile-likelihood confidence limits exactly as R 4.2's <c>confint()</c> on a binomial glm computes them
/// (MASS's <c>profile.glm</c> + <c>confint.profile.glm</c>): for each coefficient, step it away from its
/// estimate in steps of (z<sub>max</sub>/5)·SE, with z<sub>max</sub> = √χ²<sub>1</sub>(1 − α/4), at most 9 steps
/// each way, refit the others with the coefficient as an offset (glm.fit started from the previous linear
/// predictor), record the signed root deviance z, then read the limits off
/// <c>approx(spline(β, z), z = ±Φ⁻¹(1 − α/2))</c>. Limits the profile does not reach are NaN (R's NA).
/// </summary>
internal static class ProfileLikelihood
{
    private const int MaxSteps = 10;

    public static (double Lower, double Upper)[] ConfidenceLimits(
        Matrix<double> x, double[] y, GlmIrls.Fit fit, double[] standardErrors, double level, double epsilon, int maxIterations)
    {
        int n = y.Length, p = x.ColumnCount;
        var alpha = (1 - level) / 4;
        var zMax = Math.Sqrt(ChiSquared.InvCDF(1, 1 - alpha));
        var del = zMax / 5;
        var cutoff = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        var beta = fit.Coefficients;
        var limits = new (double, double)[p];
        for (var i = 0; i < p; i++)
        {
            var xi = x.RemoveColumn(i);
            var zs = new List<double> { 0 };
            var values = new List<double> { beta[i] };
            foreach (var sign in new[] { -1, 1 })
            {
                var lp = (x * beta).ToArray();
                double z = 0;
                var step = 0;
                while (++step < MaxSteps && Math.Abs(z) < zMax)
                {
                    var bi = beta[i] + sign * step * del * standardErrors[i];
                    var offset = new double[n];
                    for (var r = 0; r < n; r++) offset[r] = x[r, i] * bi;
                    var refit = GlmIrls.Run(xi, y, offset, lp, epsilon, maxIterations);
                    lp = refit.Eta;
                    var zz = refit.Deviance - fit.Deviance;
                    zz = zz > -1e-3 ? Math.Max(zz, 0) : throw new InvalidOperationException("profiling found a better solution, so the original fit had not converged");
                    z = sign * Math.Sqrt(zz);
                    zs.Add(z);
                    values.Add(bi);
                }
            }

            var order = Enumerable.Range(0, zs.Count).OrderBy(k => zs[k]).ToArray();
            var (sx, sy) = RInterpolation.Spline(order.Select(k => values[k]).ToArray(), order.Select(k => zs[k]).ToArray());
            limits[i] = (RInterpolation.Approx(sy, sx, -cutoff), RInterpolation.Approx(sy, sx, cutoff));
        }

        return limits;
    }
}
