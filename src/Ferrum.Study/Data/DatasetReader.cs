using System.Globalization;
using ExcelDataReader;
using Ferrum.Core.Errors;

namespace Ferrum.Study.Data;

/// <summary>Reads a study table from CSV (comma, semicolon or tab; decimal comma with semicolons) or the first sheet of an .xlsx workbook.</summary>
public static class DatasetReader
{
    // ExcelDataReader needs the legacy code pages (e.g. 1252) even for .xlsx.
    static DatasetReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Reads by file extension: <c>.xlsx</c> as a workbook, anything else as delimited text.</summary>
    public static Dataset Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(stream, fileName) : ReadCsv(new StreamReader(stream), fileName);
    }

    /// <summary>Reads delimited text whose first non-empty line is the header.</summary>
    public static Dataset ReadCsv(TextReader reader, string fileName)
    {
        var text = DelimitedText.Read(reader);
        var rows = text.Rows.Select(r => (Row: r.Fields, Number: r.Line)).Where(x => !IsBlank(x.Row)).ToList();
        if (rows.Count == 0) throw new InputErrorException(new InputError("study.data-empty", "the file has no header and no rows") { File = fileName });
        return Build(fileName, rows, text.DecimalComma);
    }

    /// <summary>Reads the first worksheet of an .xlsx workbook; row 1 (or the first non-empty row) is the header.</summary>
    public static Dataset ReadXlsx(Stream stream, string fileName)
    {
        var sheets = ReadWorkbook(stream, fileName);
        var rows = sheets.Count == 0 ? [] : sheets[0].Rows.Select((r, i) => (Row: r, Number: i + 1)).Where(x => !IsBlank(x.Row)).ToList();
        if (rows.Count == 0) throw new InputErrorException(new InputError("study.data-empty", "the first worksheet is empty") { File = fileName });
        return Build(fileName, rows, decimalComma: false);
    }

    /// <summary>Every worksheet of a workbook as rows of invariant text (numbers formatted round-trip).</summary>
    internal static IReadOnlyList<(string Name, IReadOnlyList<string[]> Rows)> ReadWorkbook(Stream stream, string fileName)
    {
        RefuseZipBomb(stream, fileName);
        try
        {
            using var excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var sheets = new List<(string, IReadOnlyList<string[]>)>();
            do
            {
                var rows = new List<string[]>();
                while (excel.Read())
                {
                    var row = new string[excel.FieldCount];
                    for (var i = 0; i < row.Length; i++) row[i] = CellText(excel.GetValue(i));
                    rows.Add(row);
                }
                sheets.Add((excel.Name, rows));
            } while (excel.NextResult());
            return sheets;
        }
        catch (Exception ex) when (ex is ExcelDataReader.Exceptions.HeaderException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new InputErrorException(new InputError("study.xlsx-unreadable", "not a readable .xlsx workbook: " + ex.Message) { File = fileName, Accepted = "an Office Open XML workbook (.xlsx)" });
        }
    }

    /// <summary>Most bytes the parts of an .xlsx may hold once decompressed: far above any study table or plate, far below a zip bomb.</summary>
    public const long MaxUncompressedXlsxBytes = 100L << 20;

    private static void RefuseZipBomb(Stream stream, string fileName)
    {
        if (!stream.CanSeek) return;
        var start = stream.Position;
        long total = 0;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            foreach (var e in zip.Entries) total += e.Length;
        }
        catch (InvalidDataException)
        {
            return;   // not a zip at all: the workbook reader reports it
        }
        finally
        {
            stream.Position = start;
        }
        if (total > MaxUncompressedXlsxBytes)
            throw new InputErrorException(new InputError("study.xlsx-too-large", "the workbook decompresses to more than the limit")
            {
                File = fileName,
                Value = total.ToString(CultureInfo.InvariantCulture) + " bytes",
                Accepted = "at most " + MaxUncompressedXlsxBytes.ToString(CultureInfo.InvariantCulture) + " bytes uncompressed",
            });
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };

    private static bool IsBlank(string[] row) => row.All(string.IsNullOrWhiteSpace);

    private static Dataset Build(string fileName, List<(string[] Row, int Number)> rows, bool decimalComma)
    {
        var header = rows[0].Row.Select(h => h.Trim()).ToArray();
        var width = header.Length;
        while (width > 0 && header[width - 1].Length == 0) width--;
        header = header[..width];
        var data = rows.Skip(1).ToList();
        var wide = data.FirstOrDefault(d => d.Row.Skip(width).Any(c => !string.IsNullOrWhiteSpace(c)));
        if (wide.Row is not null)
            throw new InputErrorException(new InputError("study.row-too-wide", "the row has more cells than the header has columns") { File = fileName, Location = $"row {wide.Number}", Accepted = $"{width} columns" });
        var narrow = data.FirstOrDefault(d => d.Row.Length < width);
        if (narrow.Row is not null)
            throw new InputErrorException(new InputError("study.row-too-short", narrow.Row.Any(c => c.Contains('\n', StringComparison.Ordinal))
                ? "the row has fewer cells than the header has columns: a quoted cell runs over the following lines (an unclosed quote?)"
                : "the row has fewer cells than the header has columns (a cut-off file or a missing separator?)")
            {
                File = fileName, Location = $"row {narrow.Number}", Field = header[narrow.Row.Length],
                Value = $"{narrow.Row.Length} cells", Accepted = $"{width} cells (empty or NA for a missing value)",
            });
        return new Dataset(fileName, header, data.Select(d => d.Row.Take(width).ToArray()), [.. data.Select(d => d.Number)], decimalComma);
    }
}
