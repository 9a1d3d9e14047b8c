using System.Security.Cryptography;
using System.Text;

namespace Ferrum.Fhir.Output;

/// <summary>Deterministic resource ids (UUID v5 style, SHA-1 of a name), so the same assessment gives the same output.</summary>
internal static class StableId
{
    /// <summary>The id of the <paramref name="n"/>-th resource of <paramref name="kind"/> for <paramref name="patientId"/>.</summary>
    public static string For(string patientId, string kind, int n)
    {
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ferrum:{patientId}:{kind}:{n}")), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString();
    }
}
