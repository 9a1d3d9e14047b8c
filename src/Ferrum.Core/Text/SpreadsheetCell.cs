using System.Globalization;

namespace Ferrum.Core.Text;

/// <summary>
/// Makes a text cell safe to open in a spreadsheet (CSV injection, OWASP): a cell starting with <c>= + - @</c>, tab or
/// carriage return is run as a formula by Excel or LibreOffice, so it gets a leading apostrophe, which they show as text.
/// Plain numbers such as <c>-0.25</c> or <c>+1e-3</c> are left as they are, so tables of estimates keep their values.
/// </summary>
public static class SpreadsheetCell
{
    private const string Triggers = "=+-@\t\r";

    /// <summary>The cell as written to CSV: unchanged unless a spreadsheet would run it as a formula.</summary>
    public static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell) || !Triggers.Contains(cell[0], StringComparison.Ordinal)) return cell ?? string.Empty;
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return cell;
        return "'" + cell;
    }
}
