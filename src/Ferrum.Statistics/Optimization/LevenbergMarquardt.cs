namespace Ferrum.Statistics.Optimization;

/// <summary>
/// Levenberg–Marquardt for small weighted least-squares problems, with Marquardt's diagonal scaling and
/// Nielsen's damping update (Madsen, Nielsen &amp; Tingleff 2004, "Methods for non-linear least squares
/// problems", §3.2). Stops on nls's relative-offset criterion, a negligible step or a negligible reduction.
/// </summary>
internal static class LevenbergMarquardt
{
    /// <summary>
    /// Tolerances; defaults are tight enough for 1e-6 relative agreement with R's nls. The relative-offset
    /// tolerance is 1e-8 (nls's default is 1e-5): below about 1e-9 the criterion is dominated by rounding in
    /// RSS − gᵀA⁻¹g, so a tighter value is never met and the iteration only ends, after a dozen rejected trial
    /// steps, on the step-size test.
    /// </summary>
    internal sealed record Settings(int MaxIterations = 200, double OffsetTolerance = 1e-8, double StepTolerance = 1e-12, double ReductionTolerance = 1e-15);

    public static LeastSquaresSolution Minimize(ILeastSquaresProblem problem, ReadOnlySpan<double> start, Settings? settings = null)
    {
        settings ??= new Settings();
        int n = problem.Observations, p = problem.Parameters;
        var theta = start.ToArray();
        var trial = new double[p];
        var r = new double[n];
        var rTrial = new double[n];
        var jac = new double[n * p];
        var a = new double[p * p];
        var g = new double[p];
        var diag = new double[p];
        var work = new double[p * p];
        var step = new double[p];

        if (!problem.Evaluate(theta, r, jac)) throw new ArgumentException("starting values are outside the model's domain", nameof(start));
        var s = SumSquares(r);
        int evaluations = 1, iterations = 0;
        double mu = -1, nu = 2;
        var reason = ConvergenceReason.MaxIterations;
        var initial = s;

        while (iterations < settings.MaxIterations)
        {
            Normal(jac, r, n, p, a, g, diag);
            if (s == 0 || s <= 1e-30 * initial) { reason = ConvergenceReason.ExactFit; break; }
            if (RelativeOffset(a, g, s, n, p, work, step) <= settings.OffsetTolerance) { reason = ConvergenceReason.RelativeOffset; break; }
            if (mu < 0) mu = 1e-3 * diag.Max();

            var accepted = false;
            while (!accepted)
            {
                iterations++;
                a.CopyTo(work, 0);
                for (var j = 0; j < p; j++) work[j * p + j] += mu * diag[j];
                g.CopyTo(step, 0);
                var solved = SmallCholesky.Factor(work, p);
                if (solved) SmallCholesky.Solve(work, p, step);
                if (!solved || !AllFinite(step))
                {
                    mu *= nu; nu *= 2;
                    if (!Continue(ref reason, mu, iterations, settings)) goto done;
                    continue;
                }

                if (Norm(step) <= settings.StepTolerance * (Norm(theta) + settings.StepTolerance)) { reason = ConvergenceReason.SmallStep; goto done; }
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
        var information = new double[p, p];
        for (var i = 0; i < p; i++)
            for (var j = 0; j < p; j++)
                information[i, j] = a[i * p + j];
        return new LeastSquaresSolution(theta, s, information, iterations, evaluations, reason);
    }

    private static bool Continue(ref ConvergenceReason reason, double mu, int iterations, Settings settings)
    {
        if (mu > 1e300 || !double.IsFinite(mu)) { reason = ConvergenceReason.NoProgress; return false; }
        if (iterations >= settings.MaxIterations) { reason = ConvergenceReason.MaxIterations; return false; }
        return true;
    }

    /// <summary>A = JᵀJ, g = Jᵀr (row-major) and the Marquardt scaling diag(A), floored so a flat direction stays damped.</summary>
    private static void Normal(double[] jac, double[] r, int n, int p, double[] a, double[] g, double[] diag)
    {
        Array.Clear(a);
        Array.Clear(g);
        for (var i = 0; i < n; i++)
        {
            var row = i * p;
            for (var j = 0; j < p; j++)
            {
                var jj = jac[row + j];
                g[j] += jj * r[i];
                for (var k = 0; k <= j; k++) a[j * p + k] += jj * jac[row + k];
            }
        }

        var max = 0.0;
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < j; k++) a[k * p + j] = a[j * p + k];
            max = Math.Max(max, a[j * p + j]);
        }

        for (var j = 0; j < p; j++) diag[j] = Math.Max(a[j * p + j], 1e-12 * Math.Max(max, 1e-300));
    }

    /// <summary>nls's convergence criterion √(‖Q₁ᵀr‖²/p) / √(‖r − Q₁Q₁ᵀr‖²/(n − p)), with ‖Q₁ᵀr‖² = gᵀA⁻¹g.</summary>
    private static double RelativeOffset(double[] a, double[] g, double s, int n, int p, double[] work, double[] x)
    {
        a.CopyTo(work, 0);
        if (!SmallCholesky.Factor(work, p)) return double.PositiveInfinity;
        g.CopyTo(x, 0);
        SmallCholesky.Solve(work, p, x);
        double projected = 0;
        for (var j = 0; j < p; j++) projected += g[j] * x[j];
        if (!double.IsFinite(projected)) return double.PositiveInfinity;
        var rest = s - projected;
        if (rest <= 0) return projected <= 0 ? 0 : double.PositiveInfinity;
        return Math.Sqrt(projected / p) / Math.Sqrt(rest / Math.Max(n - p, 1));
    }

    private static bool AllFinite(ReadOnlySpan<double> x)
    {
        foreach (var v in x)
            if (!double.IsFinite(v)) return false;
        return true;
    }

    private static double SumSquares(ReadOnlySpan<double> r)
    {
        double s = 0;
        foreach (var v in r) s += v * v;
        return s;
    }

    private static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(SumSquares(x));
}
