using System.Buffers;
using System.Runtime.InteropServices;

namespace Ferrum.Statistics.Roc;

/// <summary>
/// LSD radix sort of finite doubles (6 passes of 11 bits over order-preserving 64-bit keys; passes where every key
/// shares the digit are skipped). Linear time, so the ROC fast path is not bound by comparison sorting. −0 sorts as +0.
/// </summary>
internal static class RadixSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Passes = 6;
    private const ulong SignBit = 1UL << 63;

    /// <summary>Below this length the framework's introsort is faster.</summary>
    private const int MinimumLength = 2048;

    /// <summary>Sorts finite doubles ascending.</summary>
    public static void Sort(double[] values)
    {
        var keys = MemoryMarshal.Cast<double, ulong>(values.AsSpan());
        for (var i = 0; i < values.Length; i++) keys[i] = ToKey(values[i]);
        SortKeys(keys);
        for (var i = 0; i < values.Length; i++) values[i] = FromKey(keys[i]);
    }

    /// <summary>The order-preserving key of a finite double (−0 maps to the key of +0).</summary>
    public static ulong ToKey(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value + 0.0);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    /// <summary>The double whose key is <paramref name="key"/>.</summary>
    public static double FromKey(ulong key) => BitConverter.UInt64BitsToDouble((key & SignBit) != 0 ? key & ~SignBit : ~key);

    /// <summary>Sorts keys ascending (LSD radix from <see cref="MinimumLength"/> on, introsort below).</summary>
    public static void SortKeys(Span<ulong> keys)
    {
        var n = keys.Length;
        if (n < MinimumLength)
        {
            keys.Sort();
            return;
        }

        var hist = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            for (var p = 0; p < Passes; p++) hist[(p * Buckets) + (int)((key >> (p * Bits)) & (Buckets - 1))]++;
        }

        var rented = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            var src = keys;
            var dst = rented.AsSpan(0, n);
            for (var p = 0; p < Passes; p++)
            {
                var h = hist.AsSpan(p * Buckets, Buckets);
                if (h.Contains(n)) continue;
                var sum = 0;
                for (var b = 0; b < Buckets; b++)
                {
                    var c = h[b];
                    h[b] = sum;
                    sum += c;
                }

                var shift = p * Bits;
                for (var i = 0; i < n; i++)
                {
                    var k = src[i];
                    dst[h[(int)((k >> shift) & (Buckets - 1))]++] = k;
                }

                var swap = src;
                src = dst;
                dst = swap;
            }

            if (src != keys) src.CopyTo(keys);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }
}
