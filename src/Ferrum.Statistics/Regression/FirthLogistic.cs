using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Firth's bias-reduced logistic regression: maximises l*(β) = l(β) + ½ log|XᵀWX| by Newton steps on the
/// modified score U*(β) = Xᵀ(y − π + h ∘ (½ − π)), h the diagonal of W^½X(XᵀWX)⁻¹XᵀW^½, with step halving
/// when l* does not increase (Heinze &amp; Schemper 2002, Statistics in Medicine 21:2409–2419, eqs. 2–3).
/// With one coefficient held fixed it gives the profile penalized likelihood used for logistf-style intervals.
/// </summary>
internal static class FirthLogistic
{
    internal sealed record Result(Vector<double> Beta, Matrix<double> Covariance, double[] Mu, double PenalizedLogLik, int Iterations, bool Converged);

    public static Result Fit(Matrix<double> x, double[] y, double tolerance, int maxIterations, int fixedIndex = -1, double fixedValue = 0, Vector<double>? start = null)
    {
        var p = x.ColumnCount;
        var beta = start?.Clone() ?? Vector<double>.Build.Dense(p);
        if (fixedIndex >= 0) beta[fixedIndex] = fixedValue;
        var free = Enumerable.Range(0, p).Where(j => j != fixedIndex).ToArray();
        var state = Evaluate(x, y, beta);
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var step = Vector<double>.Build.Dense(p);
            if (free.Length > 0)
            {
                var information = Matrix<double>.Build.Dense(free.Length, free.Length, (a, b) => state.Information[free[a], free[b]]);
                var score = Vector<double>.Build.Dense(free.Length, a => state.Score[free[a]]);
                var solved = information.Cholesky().Solve(score);
                for (var a = 0; a < free.Length; a++) step[free[a]] = solved[a];
            }

            var stepMax = step.AbsoluteMaximum();
            if (stepMax > 5) step *= 5 / stepMax; // logistf's maximum step
            var candidate = beta + step;
            var next = Evaluate(x, y, candidate);
            for (var halving = 0; halving < 30 && !(next.PenalizedLogLik >= state.PenalizedLogLik - 1e-12 * Math.Abs(state.PenalizedLogLik)); halving++)
            {
                step *= 0.5;
                candidate = beta + step;
                next = Evaluate(x, y, candidate);
            }

            beta = candidate;
            state = next;
            var scoreMax = free.Length == 0 ? 0 : free.Max(j => Math.Abs(state.Score[j]));
            if (step.AbsoluteMaximum() <= tolerance && scoreMax <= Math.Sqrt(tolerance))
                return new Result(beta, state.Information.Inverse(), state.Mu, state.PenalizedLogLik, iteration, true);
        }

        return new Result(beta, state.Information.Inverse(), state.Mu, state.PenalizedLogLik, maxIterations, false);
    }

    private sealed record State(double[] Mu, Matrix<double> Information, Vector<double> Score, double PenalizedLogLik);

    private static State Evaluate(Matrix<double> x, double[] y, Vector<double> beta)
    {
        int n = x.RowCount, p = x.ColumnCount;
        var eta = x * beta;
        var mu = new double[n];
        var w = new double[n];
        double logLik = 0;
        for (var i = 0; i < n; i++)
        {
            mu[i] = 1.0 / (1.0 + Math.Exp(-eta[i]));
            w[i] = mu[i] * (1 - mu[i]);
            // log-likelihood written stably: y·η − log(1 + e^η)
            logLik += y[i] * eta[i] - (eta[i] > 0 ? eta[i] + Math.Log(1 + Math.Exp(-eta[i])) : Math.Log(1 + Math.Exp(eta[i])));
        }

        var xw = x.Clone();
        for (var i = 0; i < n; i++)
        {
            var sw = Math.Sqrt(w[i]);
            for (var j = 0; j < p; j++) xw[i, j] *= sw;
        }

        var information = xw.TransposeThisAndMultiply(xw);
        var cholesky = information.Cholesky();
        var projected = xw * cholesky.Solve(Matrix<double>.Build.DenseIdentity(p));
        var residual = Vector<double>.Build.Dense(n);
        for (var i = 0; i < n; i++)
        {
            double h = 0; // hat value: row i of W^½X(XᵀWX)⁻¹ · row i of W^½X
            for (var j = 0; j < p; j++) h += projected[i, j] * xw[i, j];
            residual[i] = y[i] - mu[i] + h * (0.5 - mu[i]);
        }

        return new State(mu, information, x.TransposeThisAndMultiply(residual), logLik + 0.5 * cholesky.DeterminantLn);
    }
}
