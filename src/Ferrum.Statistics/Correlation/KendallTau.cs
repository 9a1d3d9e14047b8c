namespace Ferrum.Statistics.Correlation;

/// <summary>Kendall's tau-b and the normal statistic of R's <c>cor.test(method = "kendall")</c>.</summary>
internal static class KendallTau
{
    /// <summary>
    /// Σ sign(xᵢ−xⱼ)·sign(yᵢ−yⱼ) / √(Σ sign(xᵢ−xⱼ)² · Σ sign(yᵢ−yⱼ)²) over pairs, as R's <c>cor(method = "kendall")</c>,
    /// counted in O(n log n) by Knight's (1966) method: sort by (x, y), count ties, and count the discordant pairs as
    /// the exchanges of a merge sort on y.
    /// </summary>
    public static double TauB(double[] x, double[] y)
    {
        var n = x.Length;
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => x[a] != x[b] ? x[a].CompareTo(x[b]) : y[a].CompareTo(y[b]));
        var ys = order.Select(i => y[i]).ToArray();
        long xTies = 0, jointTies = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && x[order[j]] == x[order[i]]) j++;
            xTies += Pairs(j - i);
            for (var k = i; k < j;)
            {
                var l = k;
                while (l < j && ys[l] == ys[k]) l++;
                jointTies += Pairs(l - k);
                k = l;
            }

            i = j;
        }

        var discordant = MergeCount(ys, new double[n], 0, n);
        long yTies = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && ys[j] == ys[i]) j++;
            yTies += Pairs(j - i);
            i = j;
        }

        var total = Pairs(n);
        long s = total - xTies - yTies + jointTies - (2 * discordant);
        return s / (Math.Sqrt(total - xTies) * Math.Sqrt(total - yTies));
    }

    private static long Pairs(long t) => t * (t - 1) / 2;

    /// <summary>Sorts values[lo..hi) ascending, returning the number of strictly inverted pairs.</summary>
    private static long MergeCount(double[] values, double[] buffer, int lo, int hi)
    {
        if (hi - lo < 2) return 0;
        var mid = (lo + hi) >>> 1;
        var count = MergeCount(values, buffer, lo, mid) + MergeCount(values, buffer, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            if (values[j] < values[i])
            {
                count += mid - i;
                buffer[k++] = values[j++];
            }
            else
            {
                buffer[k++] = values[i++];
            }
        }

        while (i < mid) buffer[k++] = values[i++];
        while (j < hi) buffer[k++] = values[j++];
        Array.Copy(buffer, lo, values, lo, hi - lo);
        return count;
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
