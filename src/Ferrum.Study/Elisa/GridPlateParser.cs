using Ferrum.Core.Errors;
using Ferrum.Study.Data;

namespace Ferrum.Study.Elisa;

/// <summary>
/// Parses 8×12 grid blocks: a header row numbered 1–12, then rows labelled A–H. Optional rows
/// <c>Plate,&lt;id&gt;</c> and <c>Analyte,&lt;name&gt;</c> before a block name it; several blocks per file are allowed.
/// </summary>
internal static class GridPlateParser
{
    public static IReadOnlyList<PlateRead> Parse(IReadOnlyList<(string[] Fields, int Line)> rows, string source, string defaultPlate, string? defaultAnalyte, bool decimalComma)
    {
        var reads = new List<PlateRead>();
        string? plate = null, analyte = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var (fields, line) = rows[i];
            if (Metadata(fields, "plate") is { } p) { plate = p; continue; }
            if (Metadata(fields, "analyte") is { } a) { analyte = a; continue; }
            var offset = HeaderOffset(fields);
            if (offset < 0) continue;
            RefuseExtraColumn(fields, offset, line, "the 1–12 header", source);
            var signals = new Dictionary<WellAddress, double>();
            for (var r = 0; r < WellAddress.Rows; r++)
            {
                var at = i + 1 + r;
                var label = ((char)('A' + r)).ToString();
                if (at >= rows.Count || !string.Equals(rows[at].Fields.ElementAtOrDefault(offset - 1)?.Trim(), label, StringComparison.OrdinalIgnoreCase))
                    throw new InputErrorException(new InputError("elisa.grid-row-missing", $"grid row {label} is missing under the 1–12 header of line {line}") { File = source, Location = at < rows.Count ? $"line {rows[at].Line}" : "end of file", Accepted = "8 rows labelled A to H" });
                var row = rows[at].Fields;
                RefuseExtraColumn(row, offset, rows[at].Line, $"grid row {label}", source);
                for (var c = 1; c <= WellAddress.Columns; c++)
                {
                    var text = row.ElementAtOrDefault(offset - 1 + c) ?? string.Empty;
                    if (NumberParser.IsMissing(text)) continue;
                    if (!NumberParser.TryParse(text, decimalComma, out var v))
                        throw new InputErrorException(new InputError("elisa.signal-not-numeric", "the well's signal is not a number") { File = source, Location = $"line {rows[at].Line}", Field = $"well {label}{c}", Value = text, Accepted = "a number (empty for a well not read)" });
                    signals[WellAddress.Of(r, c)] = v;
                }
            }
            var name = plate ?? (reads.Count == 0 ? defaultPlate : $"{defaultPlate}-{reads.Count + 1}");
            var what = analyte ?? defaultAnalyte ?? throw new InputErrorException(new InputError("elisa.analyte-unknown", "the grid does not say which analyte it measured") { File = source, Location = $"line {line}", Accepted = "a row 'Analyte,<name>' above the grid, or an analyte named in the layout" });
            reads.Add(new PlateRead(name, what, signals, source));
            RefuseRowAfterGrid(rows, i + 1 + WellAddress.Rows, offset, source);
            i += WellAddress.Rows;
            plate = null;
            analyte = null;
        }
        if (reads.Count == 0)
            throw new InputErrorException(new InputError("elisa.grid-missing", "no 8×12 grid found") { File = source, Accepted = "a header row 1,2,…,12 followed by rows A to H, or a long table with columns well and signal" });
        return reads;
    }

    // A 96-well grid has 12 columns: a value (or header) in a 13th is a different plate format or a shifted export.
    private static void RefuseExtraColumn(string[] fields, int offset, int line, string what, string source)
    {
        // A row may stop before column 12 (trailing empty cells left out): nothing beyond it (found by fuzzing:
        // FindIndex threw ArgumentOutOfRangeException for a start past the row's end).
        if (fields.Length <= offset + WellAddress.Columns) return;
        var extra = Array.FindIndex(fields, offset + WellAddress.Columns, f => !string.IsNullOrWhiteSpace(f));
        if (extra < 0) return;
        throw new InputErrorException(new InputError("elisa.grid-too-wide", $"{what} has a cell beyond column 12")
        {
            File = source, Location = $"line {line}", Field = $"column {extra - offset + 1}", Value = fields[extra].Trim(),
            Accepted = "a 96-well grid: columns 1 to 12",
        });
    }

    // A letter-labelled row right under row H is either a row of a larger plate (I, J, ...) or a row given twice.
    private static void RefuseRowAfterGrid(IReadOnlyList<(string[] Fields, int Line)> rows, int at, int offset, string source)
    {
        if (at >= rows.Count) return;
        var label = rows[at].Fields.ElementAtOrDefault(offset - 1)?.Trim() ?? string.Empty;
        if (label.Length != 1 || !char.IsAsciiLetter(label[0])) return;
        var upper = char.ToUpperInvariant(label[0]);
        var again = upper < 'A' + WellAddress.Rows;
        throw new InputErrorException(new InputError(again ? "elisa.grid-row-duplicate" : "elisa.grid-row-outside",
            again ? $"grid row {upper} is given again after row H" : $"grid row {upper} is outside a 96-well plate")
        {
            File = source, Location = $"line {rows[at].Line}", Field = $"row {upper}", Value = label,
            Accepted = "rows A to H, each once",
        });
    }

    private static string? Metadata(string[] fields, string key)
    {
        if (fields.Length == 0) return null;
        var first = fields[0].Trim().TrimEnd(':').Trim();
        if (string.Equals(first, key, StringComparison.OrdinalIgnoreCase))
            return fields.Skip(1).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f))?.Trim();
        var colon = first.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && string.Equals(first[..colon].Trim(), key, StringComparison.OrdinalIgnoreCase) ? first[(colon + 1)..].Trim() : null;
    }

    /// <summary>Index of the field holding "1" in a header row 1..12 (preceded by a label cell), or -1.</summary>
    private static int HeaderOffset(string[] fields)
    {
        for (var start = 1; start + WellAddress.Columns <= fields.Length; start++)
        {
            var ok = true;
            for (var c = 1; c <= WellAddress.Columns && ok; c++) ok = fields[start + c - 1].Trim() == c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (ok) return start;
        }
        return -1;
    }
}
