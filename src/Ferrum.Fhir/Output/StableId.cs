using System.Globalization;

namespace Ferrum.Fhir.Output;

/// <summary>
/// Deterministic resource ids shaped as UUIDs: two 64-bit FNV-1a hashes (different offset bases) of a name, so the
/// same assessment always gives the same ids. Not a security hash; cheap enough for millions of patients.
/// </summary>
internal static class StableId
{
    /// <summary>The id of the <paramref name="n"/>-th resource of <paramref name="kind"/> for <paramref name="patientId"/>.</summary>
    public static string For(string patientId, string kind, int n)
    {
        ulong a = 14695981039346656037UL, b = 0x84222325CBF29CE4UL;
        Mix(ref a, ref b, "ferrum:");
        Mix(ref a, ref b, patientId);
        Mix(ref a, ref b, ":");
        Mix(ref a, ref b, kind);
        Mix(ref a, ref b, ":" + n.ToString(CultureInfo.InvariantCulture));
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, a);
        BitConverter.TryWriteBytes(bytes[8..], b);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version nibble (UUID v8, custom)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes).ToString();
    }

    private static void Mix(ref ulong a, ref ulong b, string s)
    {
        foreach (var c in s)
        {
            a = (a ^ c) * 1099511628211UL;
            b = (b ^ c) * 1099511628211UL ^ (b >> 29);
        }
    }
}
