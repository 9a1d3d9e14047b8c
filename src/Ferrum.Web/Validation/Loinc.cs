namespace Ferrum.Web.Validation;

/// <summary>LOINC code syntax: 1–7 digits, a hyphen and the mod-10 check digit (LOINC Users' Guide, appendix on check digits).</summary>
internal static class Loinc
{
    public static bool IsWellFormed(string? code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        if (dash < 1 || dash > 7 || dash != code.Length - 2) return false;
        var body = code.AsSpan(0, dash);
        foreach (var c in body)
            if (!char.IsAsciiDigit(c)) return false;
        return char.IsAsciiDigit(code[^1]) && code[^1] - '0' == CheckDigit(body);
    }

    /// <summary>Odd positions from the right, read right to left, doubled; the even positions prepended; digits summed; up to the next multiple of 10.</summary>
    internal static int CheckDigit(ReadOnlySpan<char> body)
    {
        var odd = new System.Text.StringBuilder();
        var even = new System.Text.StringBuilder();
        for (int i = body.Length - 1, pos = 1; i >= 0; i--, pos++)
            (pos % 2 == 1 ? odd : even).Append(body[i]);
        var doubled = (System.Numerics.BigInteger.Parse(odd.ToString(), System.Globalization.CultureInfo.InvariantCulture) * 2)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = (even.ToString() + doubled).Sum(c => c - '0');
        return (10 - sum % 10) % 10;
    }
}
