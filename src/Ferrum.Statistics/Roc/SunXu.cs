namespace Ferrum.Statistics.Roc;

/// <summary>
/// DeLong placements in O(n log n) after Sun &amp; Xu (2014, IEEE Signal Processing Letters 21:1389–1393):
/// once each group is sorted, one merge walk over the tie groups gives every placement, without the
/// O(n·m) comparison matrix. All inputs are sorted ascending and use direction "&lt;"; the other direction
/// maps each placement v to 1 − v. Counts are 64-bit, so there is no overflow at any n that fits in memory.
/// </summary>
internal static class SunXu
{
    /// <summary>2·U, where U is the Mann–Whitney count of (control &lt; case) pairs plus half the ties.</summary>
    public static long TwiceU(ReadOnlySpan<double> controls, ReadOnlySpan<double> cases)
    {
        long twiceU = 0;
        int i = 0, j = 0;
        while (j < cases.Length)
        {
            var v = cases[j];
            while (i < controls.Length && controls[i] < v) i++;
            var below = i;
            var k = i;
            while (k < controls.Length && controls[k] == v) k++;
            var tied = k - i;
            var start = j;
            while (j < cases.Length && cases[j] == v) j++;
            twiceU += (long)(j - start) * (2L * below + tied);
        }

        return twiceU;
    }

    /// <summary>AUC (θ) and the sums of squared deviations of the case and control placements from θ.</summary>
    public static (double Theta, double CaseSs, double ControlSs) Moments(ReadOnlySpan<double> controls, ReadOnlySpan<double> cases)
    {
        double n0 = controls.Length, n1 = cases.Length;
        var theta = TwiceU(controls, cases) / (2.0 * n0 * n1);
        double caseSs = 0, controlSs = 0;
        int i = 0, j = 0;
        while (i < controls.Length || j < cases.Length)
        {
            var v = j < cases.Length && (i >= controls.Length || cases[j] <= controls[i]) ? cases[j] : controls[i];
            int i0 = i, j0 = j;
            while (i < controls.Length && controls[i] == v) i++;
            while (j < cases.Length && cases[j] == v) j++;
            int a = i - i0, b = j - j0;
            if (b > 0)
            {
                var d = (i0 + (a / 2.0)) / n0 - theta;
                caseSs += b * d * d;
            }

            if (a > 0)
            {
                var d = (cases.Length - j + (b / 2.0)) / n1 - theta;
                controlSs += a * d * d;
            }
        }

        return (theta, caseSs, controlSs);
    }

    /// <summary>Placements in sorted order: <paramref name="casePlacements"/>[k] for sorted case k, and likewise for controls.</summary>
    public static void Placements(ReadOnlySpan<double> controls, ReadOnlySpan<double> cases, Span<double> casePlacements, Span<double> controlPlacements)
    {
        double n0 = controls.Length, n1 = cases.Length;
        int i = 0, j = 0;
        while (i < controls.Length || j < cases.Length)
        {
            var v = j < cases.Length && (i >= controls.Length || cases[j] <= controls[i]) ? cases[j] : controls[i];
            int i0 = i, j0 = j;
            while (i < controls.Length && controls[i] == v) i++;
            while (j < cases.Length && cases[j] == v) j++;
            int a = i - i0, b = j - j0;
            casePlacements[j0..j].Fill((i0 + (a / 2.0)) / n0);
            controlPlacements[i0..i].Fill((cases.Length - j + (b / 2.0)) / n1);
        }
    }
}
