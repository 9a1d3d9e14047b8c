using System.Text;
using CsvHelper;
using Ferrum.Core.Text;

namespace Ferrum.Study.Reports;

/// <summary>A table as shown in the report and written to CSV: cells are already formatted text.</summary>
/// <param name="Name">File stem of its CSV, e.g. "table1".</param>
/// <param name="Title">Caption in the report.</param>
/// <param name="Columns">Header.</param>
/// <param name="Rows">Cells, one list per row, as wide as the header.</param>
public sealed record Table(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>RFC 4180 CSV (LF line ends, UTF-8 without BOM when encoded); cells a spreadsheet would run as formulas are escaped.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        using (var csv = CsvWriter.Create(new StringWriter(sb), CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false))
        {
            csv.WriteRecord([.. Columns.Select(SpreadsheetCell.Escape)]);
            foreach (var row in Rows) csv.WriteRecord([.. row.Select(SpreadsheetCell.Escape)]);
        }
        return sb.ToString();
    }

    /// <summary>A copy with a leading column <c>data</c> = SYNTHETIC on every row, so no synthetic table can pass for real data.</summary>
    public Table MarkSynthetic() => this with
    {
        Columns = ["data", .. Columns],
        Rows = [.. Rows.Select(r => (IReadOnlyList<string>)["SYNTHETIC", .. r])],
    };

    /// <summary>The CSV as UTF-8 bytes.</summary>
    public byte[] ToCsvBytes() => new UTF8Encoding(false).GetBytes(ToCsv());
}
