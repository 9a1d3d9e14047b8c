using System.Text;
using System.Text.Json;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

/// <summary>Maps the short coded strings of FHIR resources (statuses, genders, LOINC codes Ferrum reads) from UTF-8 to shared string instances.</summary>
internal static class Words
{
    private static readonly string[] Statuses =
    [
        "final", "amended", "corrected", "preliminary", "registered", "cancelled", "entered-in-error", "unknown",
        "active", "completed", "draft", "on-hold", "intended", "stopped", "not-taken", "revoked", "in-progress",
        "recurrence", "relapse", "inactive", "remission", "resolved", "confirmed", "unconfirmed", "provisional", "differential", "refuted",
        "ended",
    ];

    private static readonly (byte[] Utf8, string Text)[] StatusTable = Table(Statuses);
    private static readonly (byte[] Utf8, string Text)[] Genders = Table(["female", "male", "other", "unknown"]);
    private static readonly (byte[] Utf8, string Text)[] Loinc = Table(LabCodes.All);

    private static (byte[], string)[] Table(IEnumerable<string> words) => words.Distinct(StringComparer.Ordinal).Select(w => (Encoding.UTF8.GetBytes(w), w)).ToArray();

    private static string Find((byte[] Utf8, string Text)[] table, ReadOnlySpan<byte> s)
    {
        foreach (var (utf8, text) in table)
            if (s.SequenceEqual(utf8)) return text;
        return Encoding.UTF8.GetString(s);
    }

    /// <summary>A status or code (shared instance when common).</summary>
    public static string Status(ReadOnlySpan<byte> s) => Find(StatusTable, s);

    /// <summary>The string token under <paramref name="reader"/> as a status.</summary>
    public static string Status(ref Utf8JsonReader reader) => reader.ValueIsEscaped ? reader.GetString()! : Status(reader.ValueSpan);

    /// <summary>The string token under <paramref name="reader"/> as a gender.</summary>
    public static string Gender(ref Utf8JsonReader reader) => reader.ValueIsEscaped ? reader.GetString()! : Find(Genders, reader.ValueSpan);

    /// <summary>The LOINC code if Ferrum reads it, else null.</summary>
    public static string? KnownLoinc(ReadOnlySpan<byte> code)
    {
        foreach (var (utf8, text) in Loinc)
            if (code.SequenceEqual(utf8)) return text;
        return null;
    }
}
