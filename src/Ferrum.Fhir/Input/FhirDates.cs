using System.Globalization;

namespace Ferrum.Fhir.Input;

/// <summary>Reads the date part of FHIR date and dateTime strings (<c>2026</c>, <c>2026-10</c>, <c>2026-10-02T08:00:00Z</c>).</summary>
internal static class FhirDates
{
    /// <summary>The calendar date written at the start of <paramref name="value"/>; partial dates take the first day.</summary>
    public static DateOnly? Parse(ReadOnlySpan<char> value)
    {
        if (value.Length < 4) return null;
        if (!int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1) return null;
        int month = 1, day = 1;
        if (value.Length >= 7 && value[4] == '-' && !int.TryParse(value.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)) return null;
        if (value.Length >= 10 && value[7] == '-' && !int.TryParse(value.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)) return null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>The calendar date written at the start of the UTF-8 <paramref name="value"/> (see the string overload).</summary>
    public static DateOnly? Parse(ReadOnlySpan<byte> value)
    {
        Span<char> chars = stackalloc char[10];
        var n = Math.Min(value.Length, 10);
        for (var i = 0; i < n; i++) chars[i] = (char)value[i];
        return Parse(chars[..n]);
    }

    /// <summary>Whole years from <paramref name="birth"/> to <paramref name="asOf"/>.</summary>
    public static int AgeInYears(DateOnly birth, DateOnly asOf)
    {
        var age = asOf.Year - birth.Year;
        if (asOf.Month < birth.Month || (asOf.Month == birth.Month && asOf.Day < birth.Day)) age--;
        return age;
    }
}
