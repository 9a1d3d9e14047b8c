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

    public static void Sort(double[] values)
    {
        var n = values.Length;
        if (n < MinimumLength)
        {
            Array.Sort(values);
            return;
        }

        // Keys are built in place over the doubles' storage; one pooled buffer holds the other half of each pass.
        var keys = MemoryMarshal.Cast<double, ulong>(values.AsSpan());
        var hist = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var bits = BitConverter.DoubleToUInt64Bits(values[i] + 0.0);
            var key = (bits & SignBit) != 0 ? ~bits : bits | SignBit;
            keys[i] = key;
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

        for (var i = 0; i < n; i++)
        {
            var k = keys[i];
            values[i] = BitConverter.UInt64BitsToDouble((k & SignBit) != 0 ? k & ~SignBit : ~k);
        }
    }
}
