using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ferrum.Storage.Import;

/// <summary>
/// Deterministic identifiers derived from natural keys (SHA-256, first 16 bytes, RFC 9562 version 8), so an
/// import run twice, or resumed after a crash, finds the rows it already stored by primary key.
/// </summary>
internal static class NaturalKeys
{
    public static Guid Patient(string patientKey) => Hash("patient\n" + patientKey);

    public static Guid Lab(LabImportRow row) => Hash(string.Join('\n',
        "lab", row.PatientKey, row.Loinc, row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.Value.ToString("R", CultureInfo.InvariantCulture), row.Unit));

    private static Guid Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        var bytes = digest[..16].ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8 (custom)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
