using System.Globalization;

namespace Ferrum.Web.Ui;

/// <summary>Invariant, unambiguous formatting for the pages (ISO dates, plain numbers).</summary>
internal static class Format
{
    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Date(DateTime d) => d.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Number(double? v, string? unit = null) =>
        v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) + (unit is null ? "" : " " + unit) : "—";
}
