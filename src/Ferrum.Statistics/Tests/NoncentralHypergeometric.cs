namespace Ferrum.Statistics.Tests;

/// <summary>
/// Fisher's noncentral hypergeometric distribution of the [1, 1] cell of a 2 × 2 table with column totals
/// m, n and first row total k, with the functions R's <c>fisher.test</c> builds on it (dnhyper, mnhyper,
/// pnhyper, the conditional MLE and the confidence limits by <c>uniroot</c>).
/// </summary>
internal sealed class NoncentralHypergeometric
{
    private readonly int _lo;
    private readonly int _hi;
    private readonly double[] _logDensity; // log of the central density, up to a constant

    public NoncentralHypergeometric(int m, int n, int k)
    {
        _lo = Math.Max(0, k - n);
        _hi = Math.Min(k, m);
        _logDensity = new double[_hi - _lo + 1];
        for (var s = _lo; s < _hi; s++)
        {
            // d(s + 1)/d(s) = (m − s)(k − s) / ((s + 1)(n − k + s + 1))
            _logDensity[s - _lo + 1] = _logDensity[s - _lo] + Math.Log((double)(m - s) * (k - s)) - Math.Log((s + 1.0) * (n - k + s + 1.0));
        }
    }

    /// <summary>Probabilities over the support lo..hi at odds ratio <paramref name="ncp"/> (R's dnhyper).</summary>
    public double[] Density(double ncp)
    {
        var d = new double[_logDensity.Length];
        var logNcp = Math.Log(ncp);
        var max = double.NegativeInfinity;
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = _logDensity[i] + logNcp * (_lo + i);
            max = Math.Max(max, d[i]);
        }

        double sum = 0;
        for (var i = 0; i < d.Length; i++) sum += d[i] = Math.Exp(d[i] - max);
        for (var i = 0; i < d.Length; i++) d[i] /= sum;
        return d;
    }

    /// <summary>Mean of the cell at odds ratio <paramref name="ncp"/> (R's mnhyper).</summary>
    public double Mean(double ncp)
    {
        if (ncp == 0) return _lo;
        if (double.IsPositiveInfinity(ncp)) return _hi;
        var d = Density(ncp);
        double mean = 0;
        for (var i = 0; i < d.Length; i++) mean += (_lo + i) * d[i];
        return mean;
    }

    /// <summary>P(X ≤ q), or P(X ≥ q) when <paramref name="upper"/>, at odds ratio <paramref name="ncp"/> (R's pnhyper).</summary>
    public double Cdf(int q, double ncp, bool upper = false)
    {
        if (ncp == 0) return (upper ? q <= _lo : q >= _lo) ? 1 : 0;
        if (double.IsPositiveInfinity(ncp)) return (upper ? q <= _hi : q >= _hi) ? 1 : 0;
        var d = Density(ncp);
        double p = 0;
        for (var i = 0; i < d.Length; i++)
        {
            var s = _lo + i;
            if (upper ? s >= q : s <= q) p += d[i];
        }

        return p;
    }

    /// <summary>R's two-sided p: the total probability of values no more likely than x (relative tolerance 10⁻⁷).</summary>
    public double TwoSidedP(int x, double ncp)
    {
        if (ncp == 0) return x == _lo ? 1 : 0;
        if (double.IsPositiveInfinity(ncp)) return x == _hi ? 1 : 0;
        var d = Density(ncp);
        var bound = d[x - _lo] * (1 + 1e-7);
        double p = 0;
        foreach (var v in d)
        {
            if (v <= bound) p += v;
        }

        return p;
    }

    /// <summary>Conditional maximum likelihood estimate of the odds ratio (0 at the lower, ∞ at the upper end of the support).</summary>
    public double Mle(int x)
    {
        if (x == _lo) return 0;
        if (x == _hi) return double.PositiveInfinity;
        var mu = Mean(1);
        if (mu > x) return Root(t => Mean(t) - x, 0, 1);
        if (mu < x) return 1 / Root(t => Mean(1 / t) - x, 2.220446049250313e-16, 1);
        return 1;
    }

    /// <summary>Upper confidence limit: the odds ratio at which P(X ≤ x) = α (R's ncp.U).</summary>
    public double UpperLimit(int x, double alpha)
    {
        if (x == _hi) return double.PositiveInfinity;
        var p = Cdf(x, 1);
        if (p < alpha) return Root(t => Cdf(x, t) - alpha, 0, 1);
        if (p > alpha) return 1 / Root(t => Cdf(x, 1 / t) - alpha, 2.220446049250313e-16, 1);
        return 1;
    }

    /// <summary>Lower confidence limit: the odds ratio at which P(X ≥ x) = α (R's ncp.L).</summary>
    public double LowerLimit(int x, double alpha)
    {
        if (x == _lo) return 0;
        var p = Cdf(x, 1, upper: true);
        if (p > alpha) return Root(t => Cdf(x, t, upper: true) - alpha, 0, 1);
        if (p < alpha) return 1 / Root(t => Cdf(x, 1 / t, upper: true) - alpha, 2.220446049250313e-16, 1);
        return 1;
    }

    private static double Root(Func<double, double> f, double lower, double upper) =>
        Uniroot.Find(f, lower, upper, f(lower), f(upper), Uniroot.DefaultTolerance);
}
