using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Firth's bias-reduced logistic regression: maximises l*(β) = l(β) + ½ log|XᵀWX| by Newton steps on the
/// modified score U*(β) = Xᵀ(y − π + h ∘ (½ − π)), h the diagonal of W^½X(XᵀWX)⁻¹XᵀW^½, with step halving
/// when l* does not increase (Heinze &amp; Schemper 2002, Statistics in Medicine 21:2409–2419, eqs. 2–3).
/// </summary>
internal static class FirthLogistic
{
    public static (Vector<double> Beta, Matrix<double> Covariance, double[] Mu, int Iterations, bool Converged) Fit(
        Matrix<double> x, double[] y, double tolerance, int maxIterations)
    {
        int n = x.RowCount, p = x.ColumnCount;
        var beta = Vector<double>.Build.Dense(p);
        var state = Evaluate(x, y, beta);
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var step = state.Information.Cholesky().Solve(state.Score);
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
            if (step.AbsoluteMaximum() <= tolerance && state.Score.AbsoluteMaximum() <= Math.Sqrt(tolerance))
                return (beta, state.Information.Inverse(), state.Mu, iteration, true);
        }

        return (beta, state.Information.Inverse(), state.Mu, maxIterations, false);
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

        var xw = Matrix<double>.Build.Dense(n, p, (i, j) => x[i, j] * Math.Sqrt(w[i]));
        var information = xw.TransposeThisAndMultiply(xw);
        var cholesky = information.Cholesky();
        var inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(p));
        var residual = Vector<double>.Build.Dense(n);
        for (var i = 0; i < n; i++)
        {
            var row = xw.Row(i);
            var h = row * inverse * row;
            residual[i] = y[i] - mu[i] + h * (0.5 - mu[i]);
        }

        return new State(mu, information, x.TransposeThisAndMultiply(residual), logLik + 0.5 * cholesky.DeterminantLn);
    }
}
