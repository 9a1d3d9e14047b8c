using System.Numerics;

namespace Ferrum.Statistics.Roc;

/// <summary>
/// DeLong placements in O(n log n) after Sun &amp; Xu (2014, IEEE Signal Processing Letters 21:1389–1393):
/// once each group is sorted, one merge walk over the tie groups gives every placement, without the
/// O(n·m) comparison matrix. All inputs are sorted ascending and use direction "&lt;"; the other direction
/// maps each placement v to 1 − v. Counts are 64-bit, so there is no overflow at any n that fits in memory.
/// Generic over the value type so the fast path can walk order-preserving integer keys (see <see cref="RadixSort"/>).
/// </summary>
internal static class SunXu
{
    /// <summary>2·U, where U is the Mann–Whitney count of (control &lt; case) pairs plus half the ties.</summary>
    public static long TwiceU<T>(ReadOnlySpan<T> controls, ReadOnlySpan<T> cases)
        where T : struct, IComparisonOperators<T, T, bool>
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

    /// <summary>
    /// 2·U and the sums of squared deviations of the case and control placements from their mean, in one walk.
    /// Placements are k/(2·n) with integer k, so the sums of k and k² are kept exactly (128-bit) and each sum of
    /// squares is formed as (m·Σk² − (Σk)²)/m before a single rounding.
    /// </summary>
    public static (long TwiceU, double CaseSs, double ControlSs) Moments<T>(ReadOnlySpan<T> controls, ReadOnlySpan<T> cases)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        int n0 = controls.Length, n1 = cases.Length;
        long sumCase = 0, sumControl = 0;
        Int128 sqCase = 0, sqControl = 0;
        int i = 0, j = 0;
        while (i < n0 || j < n1)
        {
            var v = j < n1 && (i >= n0 || cases[j] <= controls[i]) ? cases[j] : controls[i];
            int i0 = i, j0 = j;
            while (i < n0 && controls[i] == v) i++;
            while (j < n1 && cases[j] == v) j++;
            int a = i - i0, b = j - j0;
            if (b > 0)
            {
                long k = (2L * i0) + a;
                sumCase += b * k;
                sqCase += (Int128)(b * k) * k;
            }

            if (a > 0)
            {
                long k = (2L * (n1 - j)) + b;
                sumControl += a * k;
                sqControl += (Int128)(a * k) * k;
            }
        }

        return (sumCase, Ss(sqCase, sumCase, n1, n0), Ss(sqControl, sumControl, n0, n1));
    }

    /// <summary>Σ(k/(2·other) − mean)² over <paramref name="count"/> placements from exact sums of k and k².</summary>
    private static double Ss(Int128 sumSquares, long sum, int count, int other)
    {
        var numerator = (count * sumSquares) - ((Int128)sum * sum);
        var scale = 2.0 * other;
        return (double)numerator / count / (scale * scale);
    }

    /// <summary>Placements in sorted order: <paramref name="casePlacements"/>[k] for sorted case k, and likewise for controls.</summary>
    public static void Placements<T>(ReadOnlySpan<T> controls, ReadOnlySpan<T> cases, Span<double> casePlacements, Span<double> controlPlacements)
        where T : struct, IComparisonOperators<T, T, bool>
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
