using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace Ferrum.Study.Tests.Support;

/// <summary>Builds in-memory inputs for parser tests.</summary>
internal static class Inputs
{
    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>An .xlsx workbook with one sheet per entry; cells that parse as numbers are written as numbers.</summary>
    public static MemoryStream Xlsx(params (string Sheet, string[][] Rows)[] sheets)
    {
        using var wb = new XLWorkbook();
        foreach (var (name, rows) in sheets)
        {
            var ws = wb.Worksheets.Add(name);
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text.Length == 0) continue;
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) ws.Cell(r + 1, c + 1).Value = v;
                    else ws.Cell(r + 1, c + 1).Value = text;
                }
        }
        var ms = new MemoryStream();
        wb.SaveAs(ms);
        ms.Position = 0;
        return ms;
    }

    /// <summary>Runs <paramref name="action"/> with the current culture set to <paramref name="culture"/>.</summary>
    public static void InCulture(string culture, Action action)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
