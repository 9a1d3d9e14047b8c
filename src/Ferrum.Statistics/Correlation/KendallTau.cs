namespace Ferrum.Statistics.Correlation;

/// <summary>Kendall's tau-b and the normal statistic of R's <c>cor.test(method = "kendall")</c>.</summary>
internal static class KendallTau
{
    /// <summary>Σ sign(xᵢ−xⱼ)·sign(yᵢ−yⱼ) / √(Σ sign(xᵢ−xⱼ)² · Σ sign(yᵢ−yⱼ)²), over pairs, as R's <c>cor(method = "kendall")</c>.</summary>
    public static double TauB(double[] x, double[] y)
    {
        long s = 0, tx = 0, ty = 0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var a = Math.Sign(x[i] - x[j]);
                var b = Math.Sign(y[i] - y[j]);
                s += a * b;
                tx += a * a;
                ty += b * b;
            }
        }

        return s / (Math.Sqrt(tx) * Math.Sqrt(ty));
    }

    /// <summary>z = S/√var(S) with the tie-corrected variance (Kendall 1970), optional continuity correction.</summary>
    public static double NormalZ(double[] x, double[] y, double tau, bool continuity)
    {
        double n = x.Length;
        var xt = TieSizes(x);
        var yt = TieSizes(y);
        var t0 = n * (n - 1) / 2;
        var t1 = xt.Sum(t => t * (t - 1)) / 2;
        var t2 = yt.Sum(t => t * (t - 1)) / 2;
        var s = tau * Math.Sqrt((t0 - t1) * (t0 - t2));
        var v0 = n * (n - 1) * ((2 * n) + 5);
        var vt = xt.Sum(t => t * (t - 1) * ((2 * t) + 5));
        var vu = yt.Sum(t => t * (t - 1) * ((2 * t) + 5));
        var v1 = xt.Sum(t => t * (t - 1)) * yt.Sum(t => t * (t - 1));
        var v2 = xt.Sum(t => t * (t - 1) * (t - 2)) * yt.Sum(t => t * (t - 1) * (t - 2));
        var varS = ((v0 - vt - vu) / 18) + (v1 / (2 * n * (n - 1))) + (v2 / (9 * n * (n - 1) * (n - 2)));
        if (continuity) s = Math.Sign(s) * (Math.Abs(s) - 1);
        return s / Math.Sqrt(varS);
    }

    /// <summary>Sizes of the groups of tied values (size ≥ 2).</summary>
    private static double[] TieSizes(double[] values) =>
        [.. values.GroupBy(v => v).Select(g => (double)g.Count()).Where(c => c > 1)];
}
