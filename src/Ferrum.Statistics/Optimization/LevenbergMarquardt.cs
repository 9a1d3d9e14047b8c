using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Optimization;

/// <summary>
/// Levenberg–Marquardt for small weighted least-squares problems, with Marquardt's diagonal scaling and
/// Nielsen's damping update (Madsen, Nielsen &amp; Tingleff 2004, "Methods for non-linear least squares
/// problems", §3.2). Stops on nls's relative-offset criterion, a negligible step or a negligible reduction.
/// </summary>
internal static class LevenbergMarquardt
{
    /// <summary>Tolerances; defaults are tight enough for 1e-6 relative agreement with R's nls.</summary>
    internal sealed record Settings(int MaxIterations = 200, double OffsetTolerance = 1e-10, double StepTolerance = 1e-12, double ReductionTolerance = 1e-15);

    public static LeastSquaresSolution Minimize(ILeastSquaresProblem problem, ReadOnlySpan<double> start, Settings? settings = null)
    {
        settings ??= new Settings();
        int n = problem.Observations, p = problem.Parameters;
        var theta = start.ToArray();
        var trial = new double[p];
        var r = new double[n];
        var rTrial = new double[n];
        var jac = new double[n * p];
        var a = Matrix<double>.Build.Dense(p, p);
        var g = Vector<double>.Build.Dense(p);
        var diag = new double[p];

        if (!problem.Evaluate(theta, r, jac)) throw new ArgumentException("starting values are outside the model's domain", nameof(start));
        var s = SumSquares(r);
        int evaluations = 1, iterations = 0;
        double mu = -1, nu = 2;
        var reason = ConvergenceReason.MaxIterations;
        var scaleY = s;

        while (iterations < settings.MaxIterations)
        {
            Normal(jac, r, n, p, a, g, diag);
            if (s <= 1e-30 * Math.Max(scaleY, 1e-300) || s == 0) { reason = ConvergenceReason.ExactFit; break; }
            if (RelativeOffset(a, g, s, n, p) <= settings.OffsetTolerance) { reason = ConvergenceReason.RelativeOffset; break; }
            if (mu < 0) mu = 1e-3 * diag.Max();

            var accepted = false;
            while (!accepted)
            {
                iterations++;
                var lhs = a.Clone();
                for (var j = 0; j < p; j++) lhs[j, j] += mu * diag[j];
                Vector<double> step;
                try { step = lhs.Cholesky().Solve(g); }
                catch (ArgumentException) { step = Vector<double>.Build.Dense(p, double.NaN); }

                if (!step.All(double.IsFinite)) { mu *= nu; nu *= 2; if (!Continue(ref reason, mu, iterations, settings)) goto done; continue; }
                double stepNorm = step.L2Norm(), thetaNorm = Norm(theta);
                if (stepNorm <= settings.StepTolerance * (thetaNorm + settings.StepTolerance)) { reason = ConvergenceReason.SmallStep; goto done; }

                for (var j = 0; j < p; j++) trial[j] = theta[j] + step[j];
                evaluations++;
                var sTrial = problem.Evaluate(trial, rTrial, default) ? SumSquares(rTrial) : double.PositiveInfinity;
                double predicted = 0;
                for (var j = 0; j < p; j++) predicted += step[j] * (g[j] + mu * diag[j] * step[j]);
                var rho = double.IsFinite(sTrial) && predicted > 0 ? (s - sTrial) / predicted : -1;

                if (rho > 0)
                {
                    accepted = true;
                    var actual = s - sTrial;
                    Array.Copy(trial, theta, p);
                    problem.Evaluate(theta, r, jac);
                    evaluations++;
                    s = SumSquares(r);
                    mu *= Math.Max(1.0 / 3.0, 1 - Math.Pow(2 * rho - 1, 3));
                    nu = 2;
                    if (actual <= settings.ReductionTolerance * s && predicted <= settings.ReductionTolerance * s)
                    {
                        Normal(jac, r, n, p, a, g, diag);
                        reason = ConvergenceReason.SmallReduction;
                        goto done;
                    }
                }
                else
                {
                    mu *= nu;
                    nu *= 2;
                    if (!Continue(ref reason, mu, iterations, settings)) goto done;
                }
            }
        }

    done:
        Normal(jac, r, n, p, a, g, diag);
        return new LeastSquaresSolution(theta, s, a.ToArray(), iterations, evaluations, reason);
    }

    private static bool Continue(ref ConvergenceReason reason, double mu, int iterations, Settings settings)
    {
        if (mu > 1e300 || !double.IsFinite(mu)) { reason = ConvergenceReason.NoProgress; return false; }
        if (iterations >= settings.MaxIterations) { reason = ConvergenceReason.MaxIterations; return false; }
        return true;
    }

    /// <summary>A = JᵀJ, g = Jᵀr and the Marquardt scaling diag(A) (floored so a flat direction stays damped).</summary>
    private static void Normal(double[] jac, double[] r, int n, int p, Matrix<double> a, Vector<double> g, double[] diag)
    {
        for (var j = 0; j < p; j++)
        {
            double gj = 0;
            for (var i = 0; i < n; i++) gj += jac[i * p + j] * r[i];
            g[j] = gj;
            for (var k = 0; k <= j; k++)
            {
                double ajk = 0;
                for (var i = 0; i < n; i++) ajk += jac[i * p + j] * jac[i * p + k];
                a[j, k] = ajk;
                a[k, j] = ajk;
            }
        }

        var max = 0.0;
        for (var j = 0; j < p; j++) max = Math.Max(max, a[j, j]);
        for (var j = 0; j < p; j++) diag[j] = Math.Max(a[j, j], 1e-12 * Math.Max(max, 1e-300));
    }

    /// <summary>
    /// nls's convergence criterion: √(‖Q₁ᵀr‖² / p) / √(‖r − Q₁Q₁ᵀr‖² / (n − p)), with ‖Q₁ᵀr‖² = gᵀA⁻¹g.
    /// </summary>
    private static double RelativeOffset(Matrix<double> a, Vector<double> g, double s, int n, int p)
    {
        double projected;
        try { projected = g.DotProduct(a.Cholesky().Solve(g)); }
        catch (ArgumentException) { return double.PositiveInfinity; }
        if (!double.IsFinite(projected)) return double.PositiveInfinity;
        var rest = Math.Max(s - projected, 0);
        var dfRest = Math.Max(n - p, 1);
        return rest <= 0 ? (projected <= 0 ? 0 : double.PositiveInfinity) : Math.Sqrt(projected / p) / Math.Sqrt(rest / dfRest);
    }

    private static double SumSquares(ReadOnlySpan<double> r)
    {
        double s = 0;
        foreach (var v in r) s += v * v;
        return s;
    }

    private static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(SumSquares(x));
}
