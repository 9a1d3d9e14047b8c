namespace Ferrum.Statistics.Tests;

/// <summary>
/// Ascending sort of finite doubles by least-significant-digit radix sort on their IEEE bits (8 passes of
/// 8 bits, skipping bytes all keys share): O(n), several times faster than comparison sorting at 10⁵–10⁶
/// values. Small arrays use <see cref="Array.Sort(Array)"/>. −0 sorts just before +0; callers compare with ==.
/// </summary>
internal static class DoubleSort
{
    private const int Threshold = 4096;

    public static void Sort(double[] values)
    {
        var n = values.Length;
        if (n < Threshold)
        {
            Array.Sort(values);
            return;
        }

        var keys = new ulong[n];
        var buffer = new ulong[n];
        var counts = new int[8 * 256];
        for (var i = 0; i < n; i++)
        {
            var bits = (ulong)BitConverter.DoubleToInt64Bits(values[i]);
            var key = (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
            keys[i] = key;
            for (var b = 0; b < 8; b++) counts[(b << 8) | (int)((key >> (b * 8)) & 0xFF)]++;
        }

        var offsets = new int[256];
        for (var b = 0; b < 8; b++)
        {
            var shift = b * 8;
            var baseIndex = b << 8;
            if (counts[baseIndex | (int)((keys[0] >> shift) & 0xFF)] == n) continue; // every key shares this byte
            var sum = 0;
            for (var v = 0; v < 256; v++)
            {
                offsets[v] = sum;
                sum += counts[baseIndex | v];
            }

            for (var i = 0; i < n; i++)
            {
                var key = keys[i];
                buffer[offsets[(int)((key >> shift) & 0xFF)]++] = key;
            }

            (keys, buffer) = (buffer, keys);
        }

        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            var bits = (key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key;
            values[i] = BitConverter.Int64BitsToDouble((long)bits);
        }
    }
}
