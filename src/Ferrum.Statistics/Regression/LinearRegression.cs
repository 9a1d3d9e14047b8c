using System.Globalization;
using Ferrum.Statistics.Common;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Ferrum.Statistics.Regression;

/// <summary>Ordinary least squares by Householder QR, as R's <c>lm</c>, with <c>summary</c> and <c>confint</c> quantities.</summary>
public static class LinearRegression
{
    /// <summary>Fits y = Xβ + ε.</summary>
    /// <exception cref="StatisticsInputException">
    /// Codes: <c>stats.length-mismatch</c>, <c>stats.non-finite</c>, <c>stats.too-few-points</c>, <c>stats.collinear</c>,
    /// <c>stats.constant-response</c> (zero residual variance: an exact fit leaves SEs undefined), <c>stats.invalid-option</c>.
    /// </exception>
    public static LinearRegressionResult Fit(DesignMatrix design, IReadOnlyList<double> response, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(response);
        RegressionInput.CheckShape(design, response.Count, level);
        for (var i = 0; i < response.Count; i++)
            if (!double.IsFinite(response[i]))
                throw new StatisticsInputException("stats.non-finite", $"response[{i.ToString(CultureInfo.InvariantCulture)}] is {response[i].ToString(CultureInfo.InvariantCulture)}; responses must be finite", nameof(response));

        var x = design.Values;
        var y = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfEnumerable(response);
        int n = x.RowCount, p = x.ColumnCount, df = n - p;
        var qr = x.QR(QRMethod.Thin);
        var beta = qr.Solve(y);
        var fitted = x * beta;
        var residuals = y - fitted;
        var rss = residuals.DotProduct(residuals);
        if (rss <= 1e-28 * Math.Max(y.DotProduct(y), 1e-300))
            throw new StatisticsInputException("stats.constant-response", "the model fits the response exactly (zero residual variance), so standard errors are undefined", nameof(response));
        var sigma2 = rss / df;
        var rInverse = qr.R.Inverse();
        var unscaled = rInverse * rInverse.Transpose();
        var t = StudentT.InvCDF(0, 1, df, 1 - (1 - level) / 2);
        var rows = Enumerable.Range(0, p).Select(j =>
        {
            var se = Math.Sqrt(sigma2 * unscaled[j, j]);
            var tv = beta[j] / se;
            return new LinearCoefficient(design.ColumnNames[j], beta[j], se, tv, 2 * StudentT.CDF(0, 1, df, -Math.Abs(tv)),
                new ConfidenceInterval(beta[j] - t * se, beta[j] + t * se, level));
        }).ToArray();

        var intercept = design.ColumnNames.Contains("(Intercept)");
        var mean = intercept ? y.Average() : 0;
        var mss = fitted.Sum(f => (f - mean) * (f - mean));
        var rSquared = mss / (mss + rss);
        var dfInt = intercept ? 1 : 0;
        var numDf = p - dfInt;
        var f = numDf > 0 ? mss / numDf / sigma2 : double.NaN;
        var logLik = -n / 2.0 * (Math.Log(2 * Math.PI) + Math.Log(rss / n) + 1);
        return new LinearRegressionResult
        {
            Coefficients = rows,
            Observations = n,
            ResidualStandardError = Math.Sqrt(sigma2),
            ResidualDegreesOfFreedom = df,
            RSquared = rSquared,
            AdjustedRSquared = 1 - (1 - rSquared) * ((n - dfInt) / (double)df),
            FStatistic = f,
            FNumeratorDegreesOfFreedom = numDf,
            FPValue = numDf > 0 ? SpecialFunctions.BetaRegularized(df / 2.0, numDf / 2.0, df / (df + numDf * f)) : double.NaN,
            LogLikelihood = logLik,
            FittedValues = fitted.ToArray(),
        };
    }
}
