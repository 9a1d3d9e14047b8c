namespace Ferrum.Statistics.Roc;

/// <summary>pROC's thresholds (<c>roc.utils.thresholds</c>) and sensitivities/specificities (<c>roc.utils.perfs.all.fast</c>).</summary>
internal static class RocPoints
{
    /// <summary>Midpoints beyond this magnitude are computed as a/2 + b/2 to avoid overflow, as pROC does.</summary>
    private const double LargeMidpoint = 1e100;

    public static (double[] Thresholds, double[] Sensitivities, double[] Specificities) Build(
        ReadOnlySpan<double> sortedControls, ReadOnlySpan<double> sortedCases, RocDirection direction)
    {
        // Unique values ascending, with the number of controls and cases at or below each.
        var unique = new List<double>();
        var controlsAtOrBelow = new List<int>();
        var casesAtOrBelow = new List<int>();
        int i = 0, j = 0;
        while (i < sortedControls.Length || j < sortedCases.Length)
        {
            var v = j < sortedCases.Length && (i >= sortedControls.Length || sortedCases[j] <= sortedControls[i]) ? sortedCases[j] : sortedControls[i];
            while (i < sortedControls.Length && sortedControls[i] == v) i++;
            while (j < sortedCases.Length && sortedCases[j] == v) j++;
            unique.Add(v);
            controlsAtOrBelow.Add(i);
            casesAtOrBelow.Add(j);
        }

        var k = unique.Count;
        int n0 = sortedControls.Length, n1 = sortedCases.Length;
        var thresholds = new double[k + 1];
        var se = new double[k + 1];
        var sp = new double[k + 1];
        for (var g = 0; g <= k; g++)
        {
            // Gap g lies between unique[g-1] and unique[g]; positions are in pROC's output order.
            var t = Midpoint(g == 0 ? double.NegativeInfinity : unique[g - 1], g == k ? double.PositiveInfinity : unique[g]);
            int ctlBelow = g == 0 ? 0 : controlsAtOrBelow[g - 1], casBelow = g == 0 ? 0 : casesAtOrBelow[g - 1];
            if (direction == RocDirection.ControlsLower)
            {
                if (g > 0 && g < k && t == unique[g - 1]) t = unique[g];
                thresholds[g] = t;
                se[g] = (double)(n1 - casBelow) / n1;
                sp[g] = (double)(n0 - (n0 - ctlBelow)) / n0;
            }
            else
            {
                if (g > 0 && g < k && t == unique[g]) t = unique[g - 1];
                var pos = k - g;
                thresholds[pos] = t;
                se[pos] = (double)casBelow / n1;
                sp[pos] = (double)(n0 - ctlBelow) / n0;
            }
        }

        return (thresholds, se, sp);
    }

    private static double Midpoint(double a, double b)
    {
        var t = (a + b) / 2;
        return Math.Abs(t) > LargeMidpoint ? (a / 2) + (b / 2) : t;
    }
}
