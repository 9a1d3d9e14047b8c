using Ferrum.Study.Data;

namespace Ferrum.Study.Elisa;

/// <summary>Reads plate-reader exports: 8×12 grid CSV, long/tidy CSV (comma or semicolon with decimal comma) and .xlsx (a grid per sheet, or a long table).</summary>
public static class PlateFileReader
{
    /// <summary>
    /// Reads every plate in the file. Plates without a <c>Plate</c> row are named after the file (or sheet);
    /// reads without an analyte take <paramref name="defaultAnalyte"/> (the layout's only analyte).
    /// </summary>
    public static IReadOnlyList<PlateRead> Read(Stream stream, string fileName, string? defaultAnalyte = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var reads = new List<PlateRead>();
            var sheets = DatasetReader.ReadWorkbook(stream, fileName);
            foreach (var (name, sheetRows) in sheets)
            {
                var rows = sheetRows.Select((r, i) => (Fields: r, Line: i + 1)).Where(r => r.Fields.Any(f => f.Length > 0)).ToList();
                if (rows.Count == 0) continue;
                var source = $"{fileName} [{name}]";
                var plate = sheets.Count == 1 ? stem : name;
                reads.AddRange(LongPlateParser.Looks(rows)
                    ? LongPlateParser.Parse(rows, source, plate, defaultAnalyte, decimalComma: true)
                    : GridPlateParser.Parse(rows, source, plate, defaultAnalyte, decimalComma: true));
            }
            return reads;
        }
        var text = DelimitedText.Read(new StreamReader(stream));
        return LongPlateParser.Looks(text.Rows)
            ? LongPlateParser.Parse(text.Rows, fileName, stem, defaultAnalyte, text.DecimalComma)
            : GridPlateParser.Parse(text.Rows, fileName, stem, defaultAnalyte, text.DecimalComma);
    }
}
