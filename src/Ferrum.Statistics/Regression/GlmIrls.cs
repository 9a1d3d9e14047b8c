using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Iteratively reweighted least squares for the binomial-logit GLM, following R's <c>glm.fit</c> step by step
/// (same start, same working response and weights, same convergence rule |dev − devold| / (|dev| + 0.1) &lt; ε),
/// so that estimates, iteration counts and standard errors agree with R's to rounding.
/// </summary>
internal static class GlmIrls
{
    internal sealed record Fit(
        Vector<double> Coefficients, double[] Eta, double[] Mu, double Deviance, int Iterations, bool Converged,
        Matrix<double> UnscaledCovariance);

    public static Fit Run(Matrix<double> x, double[] y, double[] offset, double[]? etaStart, double epsilon, int maxIterations)
    {
        int n = y.Length, p = x.ColumnCount;
        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            eta[i] = etaStart?[i] ?? BinomialLogit.Link((y[i] + 0.5) / 2.0);
            mu[i] = BinomialLogit.LinkInverse(eta[i]);
        }

        var devOld = Deviance(y, mu);
        if (p == 0)
        {
            for (var i = 0; i < n; i++) { eta[i] = offset[i]; mu[i] = BinomialLogit.LinkInverse(eta[i]); }
            return new Fit(Vector<double>.Build.Dense(0), eta, mu, Deviance(y, mu), 0, true, Matrix<double>.Build.Dense(0, 0));
        }

        var coefficients = Vector<double>.Build.Dense(p);
        var covariance = Matrix<double>.Build.Dense(p, p, double.NaN);
        var dev = devOld;
        var converged = false;
        var iteration = 0;
        var xw = Matrix<double>.Build.Dense(n, p);
        var zw = Vector<double>.Build.Dense(n);
        while (iteration < maxIterations)
        {
            iteration++;
            for (var i = 0; i < n; i++)
            {
                var d = BinomialLogit.MuEta(eta[i]);
                var z = eta[i] - offset[i] + (y[i] - mu[i]) / d;
                var w = Math.Sqrt(d * d / BinomialLogit.Variance(mu[i]));
                for (var j = 0; j < p; j++) xw[i, j] = x[i, j] * w;
                zw[i] = z * w;
            }

            var qr = xw.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
            coefficients = qr.Solve(zw);
            var rInverse = qr.R.Inverse();
            covariance = rInverse * rInverse.Transpose();
            if (!coefficients.All(double.IsFinite)) break;
            var linear = x * coefficients;
            for (var i = 0; i < n; i++)
            {
                eta[i] = linear[i] + offset[i];
                mu[i] = BinomialLogit.LinkInverse(eta[i]);
            }

            dev = Deviance(y, mu);
            if (Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < epsilon) { converged = true; break; }
            devOld = dev;
        }

        return new Fit(coefficients, eta, mu, dev, iteration, converged, covariance);
    }

    public static double Deviance(double[] y, double[] mu)
    {
        double dev = 0;
        for (var i = 0; i < y.Length; i++) dev += BinomialLogit.DevianceResidual(y[i], mu[i]);
        return dev;
    }
}
