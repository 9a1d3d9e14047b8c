namespace Ferrum.Statistics.Regression;

/// <summary>
/// R's <c>spline(method = "fmm")</c> (Forsythe, Malcolm &amp; Moler's cubic spline, end conditions matching
/// the third derivative of the cubic through the four end points) and <c>approx(method = "linear")</c>, both
/// after <c>regularize.values</c> (sort by x, average ties). Needed to reproduce MASS's profile-likelihood
/// confidence limits, which interpolate the profile this way.
/// </summary>
internal static class RInterpolation
{
    /// <summary>spline(x, y) with its default n = 3·(number of distinct x) equally spaced output points.</summary>
    public static (double[] X, double[] Y) Spline(double[] x, double[] y)
    {
        var (xs, ys) = Regularize(x, y);
        var n = xs.Length;
        var nOut = 3 * n;
        var xout = new double[nOut];
        for (var k = 0; k < nOut; k++) xout[k] = nOut == 1 ? xs[0] : xs[0] + k * ((xs[n - 1] - xs[0]) / (nOut - 1));
        if (nOut > 1) xout[nOut - 1] = xs[n - 1];
        var (b, c, d) = FmmCoefficients(xs, ys);
        return (xout, Evaluate(xs, ys, b, c, d, xout));
    }

    /// <summary>approx(x, y, xout) with rule = 1 (NaN outside the range).</summary>
    public static double Approx(double[] x, double[] y, double v)
    {
        var (xs, ys) = Regularize(x, y);
        var n = xs.Length;
        if (n == 0 || double.IsNaN(v) || v < xs[0] || v > xs[n - 1]) return double.NaN;
        if (n == 1) return ys[0];
        int i = 0, j = n - 1;
        while (i < j - 1)
        {
            var ij = (i + j) / 2;
            if (v < xs[ij]) j = ij; else i = ij;
        }

        if (v == xs[j]) return ys[j];
        if (v == xs[i]) return ys[i];
        return ys[i] + (ys[j] - ys[i]) * ((v - xs[i]) / (xs[j] - xs[i]));
    }

    private static (double[] X, double[] Y) Regularize(double[] x, double[] y)
    {
        var order = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i]) && !double.IsNaN(y[i])).OrderBy(i => x[i]).ToArray();
        var xs = new List<double>();
        var ys = new List<double>();
        for (var k = 0; k < order.Length;)
        {
            var m = k;
            double sum = 0;
            while (m < order.Length && x[order[m]] == x[order[k]]) sum += y[order[m++]];
            xs.Add(x[order[k]]);
            ys.Add(sum / (m - k));
            k = m;
        }

        return (xs.ToArray(), ys.ToArray());
    }

    private static (double[] B, double[] C, double[] D) FmmCoefficients(double[] x, double[] y)
    {
        var n = x.Length;
        double[] b = new double[n], c = new double[n], d = new double[n];
        if (n < 2) return (b, c, d);
        if (n < 3)
        {
            var slope = (y[1] - y[0]) / (x[1] - x[0]);
            b[0] = b[1] = slope;
            return (b, c, d);
        }

        var last = n - 1;
        d[0] = x[1] - x[0];
        c[1] = (y[1] - y[0]) / d[0];
        for (var i = 1; i < last; i++)
        {
            d[i] = x[i + 1] - x[i];
            b[i] = 2.0 * (d[i - 1] + d[i]);
            c[i + 1] = (y[i + 1] - y[i]) / d[i];
            c[i] = c[i + 1] - c[i];
        }

        b[0] = -d[0];
        b[last] = -d[n - 2];
        c[0] = c[last] = 0.0;
        if (n > 3)
        {
            c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
            c[last] = c[n - 2] / (x[last] - x[n - 3]) - c[n - 3] / (x[n - 2] - x[n - 4]);
            c[0] = c[0] * d[0] * d[0] / (x[3] - x[0]);
            c[last] = -c[last] * d[n - 2] * d[n - 2] / (x[last] - x[n - 4]);
        }

        for (var i = 1; i <= last; i++)
        {
            var t = d[i - 1] / b[i - 1];
            b[i] -= t * d[i - 1];
            c[i] -= t * c[i - 1];
        }

        c[last] /= b[last];
        for (var i = n - 2; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];

        b[last] = (y[last] - y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2.0 * c[last]);
        for (var i = 0; i < last; i++)
        {
            b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
            d[i] = (c[i + 1] - c[i]) / d[i];
            c[i] = 3.0 * c[i];
        }

        c[last] = 3.0 * c[last];
        d[last] = d[n - 2];
        return (b, c, d);
    }

    private static double[] Evaluate(double[] x, double[] y, double[] b, double[] c, double[] d, double[] u)
    {
        var n = x.Length;
        var v = new double[u.Length];
        var i = 0;
        for (var l = 0; l < u.Length; l++)
        {
            var ul = u[l];
            if (ul < x[i] || (i < n - 1 && x[i + 1] < ul))
            {
                i = 0;
                var j = n;
                do
                {
                    var k = (i + j) / 2;
                    if (ul < x[k]) j = k; else i = k;
                }
                while (j > i + 1);
            }

            var dx = ul - x[i];
            v[l] = y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]));
        }

        return v;
    }
}
