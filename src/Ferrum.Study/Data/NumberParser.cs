using System.Globalization;

namespace Ferrum.Study.Data;

/// <summary>Parses numbers written with a decimal point, or with a decimal comma when the export uses one (de-DE).</summary>
internal static class NumberParser
{
    private const NumberStyles Styles = NumberStyles.Float;

    /// <summary>
    /// Missing-value spellings accepted in data files (compared case-insensitively). <c>NaN</c> is not one of them: it is
    /// what a failed computation (0/0) writes, so it is an error rather than silently missing.
    /// </summary>
    public static readonly IReadOnlySet<string> MissingTokens =
        new HashSet<string>(["", "NA", "N/A", ".", "-", "missing"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> is one of the <see cref="MissingTokens"/>.</summary>
    public static bool IsMissing(string? text) => text is null || MissingTokens.Contains(text.Trim());

    /// <summary>Parses invariant text; with <paramref name="decimalComma"/> also "0,123" and "1.234,5".</summary>
    public static bool TryParse(string text, bool decimalComma, out double value)
    {
        var t = text.Trim();
        if (!decimalComma) return double.TryParse(t, Styles, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        if (t.Contains(',', StringComparison.Ordinal))
            t = t.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return double.TryParse(t, Styles, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
