using System.Globalization;
using Ferrum.Core.Provenance;

namespace Ferrum.Core.Labs;

/// <summary>
/// The shape of a LOINC code: 1 to 7 digits, a hyphen and a Mod 10 check digit (e.g. <c>2276-4</c>). A code that
/// fails the check is a typo or a truncation (<c>2276</c>), not an unknown test.
/// </summary>
/// <remarks>
/// Algorithm as LOINC publishes it (Users' Guide, section 12 C "Calculating Mod 10 Check Digits", 2023-08-16):
/// number the digits from the right; the odd positions, read right to left, form a number that is doubled; the even
/// positions, read right to left, are written in front of it; the check digit is the distance of the sum of all those
/// digits to the next multiple of 10. The guide lists 14 deprecated codes whose published check digit disagrees;
/// they are accepted as published.
/// </remarks>
public static class LoincCode
{
    /// <summary>Where the algorithm and its exceptions are published.</summary>
    public static Citation Source { get; } = new("LOINC Users' Guide", "section 12 C, Calculating Mod 10 Check Digits (2023-08-16)")
    {
        Url = new Uri("https://loinc.org/kb/users-guide/calculating-mod-10-check-digits/"),
    };

    /// <summary>The 14 (deprecated) codes the guide lists as having invalid check digits.</summary>
    public static IReadOnlySet<string> PublishedExceptions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "11491-6", "11501-6", "5895-7", "5896-5", "5897-3", "5928-1", "6028-3",
        "6415-5", "6580-7", "6645-7", "6646-5", "6647-3", "6648-1", "6649-9",
    };

    /// <summary>What a well-formed code looks like, for messages.</summary>
    public const string Shape = "1 to 7 digits, a hyphen and the Mod 10 check digit, e.g. 2276-4";

    /// <summary>True when <paramref name="code"/> (trimmed) has the LOINC shape and a correct check digit.</summary>
    public static bool IsWellFormed(string? code)
    {
        var t = code?.Trim();
        if (t is null) return false;
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash is < 1 or > 7 || dash != t.Length - 2) return false;
        var body = t.AsSpan(0, dash);
        foreach (var ch in body) if (!char.IsAsciiDigit(ch)) return false;
        if (!char.IsAsciiDigit(t[^1])) return false;
        return CheckDigit(body) == t[^1] - '0' || PublishedExceptions.Contains(t);
    }

    /// <summary>The Mod 10 check digit of the digits <paramref name="body"/> (the part before the hyphen).</summary>
    public static int CheckDigit(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || body.Length > 18) throw new ArgumentOutOfRangeException(nameof(body), "1 to 18 digits are required");
        var odd = new System.Text.StringBuilder();
        var even = new System.Text.StringBuilder();
        for (var position = 1; position <= body.Length; position++)
        {
            var digit = body[body.Length - position];
            if (!char.IsAsciiDigit(digit)) throw new ArgumentException("only digits are allowed", nameof(body));
            (position % 2 == 1 ? odd : even).Append(digit);
        }
        var doubled = (long.Parse(odd.ToString(), NumberStyles.None, CultureInfo.InvariantCulture) * 2).ToString(CultureInfo.InvariantCulture);
        var sum = (even + doubled).Sum(c => c - '0');
        return (10 - sum % 10) % 10;
    }
}
