using Ferrum.Core.Errors;

namespace Ferrum.Study.Data;

/// <summary>
/// A study table: one row per subject, one named column per variable, cells kept as written so each
/// analysis can read a column as numbers or labels and report the exact file, row and column of a bad cell.
/// </summary>
public sealed class Dataset
{
    private readonly string[][] _cells;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _rowNumbers;

    /// <summary>Creates a dataset from a header and rows; <paramref name="rowNumbers"/> gives each row's line in the file (default: 2, 3, ...).</summary>
    public Dataset(string source, IReadOnlyList<string> columns, IEnumerable<string[]> rows, IReadOnlyList<int>? rowNumbers = null, bool decimalComma = false)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Source = source;
        Columns = [.. columns];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Columns[i]))
                throw new InputErrorException(new InputError("study.column-unnamed", "a column has no name") { File = source, Location = "row 1", Value = $"column {i + 1}" });
            if (!_index.TryAdd(Columns[i], i))
                throw new InputErrorException(new InputError("study.column-duplicate", "a column name appears twice") { File = source, Location = "row 1", Field = Columns[i] });
        }
        _cells = [.. rows.Select(r => Pad(r, Columns.Count))];
        _rowNumbers = rowNumbers is null ? [.. Enumerable.Range(2, _cells.Length)] : [.. rowNumbers];
        if (_rowNumbers.Length != _cells.Length) throw new ArgumentException("one row number per row is required", nameof(rowNumbers));
        DecimalComma = decimalComma;
    }

    /// <summary>The file name the data came from (used in error messages and provenance).</summary>
    public string Source { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of subjects (data rows).</summary>
    public int RowCount => _cells.Length;

    /// <summary>True when numbers in the file use a decimal comma.</summary>
    public bool DecimalComma { get; }

    /// <summary>True when the dataset has a column named <paramref name="column"/> (case-sensitive).</summary>
    public bool HasColumn(string column) => _index.ContainsKey(column);

    /// <summary>The raw cell text of data row <paramref name="row"/> (0-based).</summary>
    public string Cell(int row, string column) => _cells[row][IndexOf(column)];

    /// <summary>The file row number of data row <paramref name="row"/>.</summary>
    public int FileRow(int row) => _rowNumbers[row];

    /// <summary>Reads a column as numbers; missing cells are NaN; a non-numeric cell is an input error naming file, row and column.</summary>
    public double[] Numeric(string column)
    {
        var c = IndexOf(column);
        var values = new double[RowCount];
        List<InputError>? errors = null;
        for (var r = 0; r < RowCount; r++)
        {
            var text = _cells[r][c];
            if (NumberParser.IsMissing(text)) values[r] = double.NaN;
            else if (NumberParser.TryParse(text, DecimalComma, out var v)) values[r] = v;
            else (errors ??= []).Add(new InputError("study.value-not-numeric", NotNumber(text)) { File = Source, Location = $"row {FileRow(r)}", Field = column, Value = text, Accepted = "a finite number, or empty/NA for missing" });
        }
        if (errors is not null) throw new InputErrorException(errors.Take(10).ToList());
        return values;
    }

    private static string NotNumber(string text) => text.Trim().ToUpperInvariant() switch
    {
        "NAN" => "NaN (the result of a failed computation) is not a value: write NA or leave the cell empty if it is missing",
        "INFINITY" or "-INFINITY" or "+INFINITY" or "INF" or "-INF" => "an infinite value cannot be analysed",
        _ => "expected a number",
    };

    /// <summary>Reads a column as trimmed labels; missing cells are null.</summary>
    public string?[] Labels(string column)
    {
        var c = IndexOf(column);
        return [.. _cells.Select(row => NumberParser.IsMissing(row[c]) ? null : row[c].Trim())];
    }

    /// <summary>Returns a copy with <paramref name="column"/> added or replaced by the given numbers (NaN written as empty).</summary>
    public Dataset WithNumeric(string column, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != RowCount) throw new ArgumentException("one value per row is required", nameof(values));
        var columns = Columns.ToList();
        var at = columns.IndexOf(column);
        if (at < 0) { columns.Add(column); at = columns.Count - 1; }
        var rows = _cells.Select((row, r) =>
        {
            var copy = Pad(row, columns.Count);
            copy[at] = double.IsNaN(values[r]) ? string.Empty : values[r].ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return copy;
        });
        // Invariant "1.5" still parses under decimal-comma reading (only text with a comma is converted).
        return new Dataset(Source, columns, rows, _rowNumbers, DecimalComma);
    }

    /// <summary>The dataset as comma-separated text with a header row (cells as stored).</summary>
    public string ToCsv()
    {
        var table = new Reports.Table("data", Source, Columns, [.. _cells.Select(r => (IReadOnlyList<string>)r)]);
        return table.ToCsv();
    }

    /// <summary>
    /// Adds the columns of <paramref name="right"/> to each row whose <paramref name="key"/> matches (left join);
    /// rows without a match get empty cells. Column names already present on the left are an input error.
    /// </summary>
    public Dataset Join(Dataset right, string key, string? rightKey = null)
    {
        ArgumentNullException.ThrowIfNull(right);
        rightKey ??= key;
        var clash = right.Columns.Where(c => c != rightKey && HasColumn(c)).ToList();
        if (clash.Count > 0)
            throw new InputErrorException(new InputError("study.join-column-clash", $"{right.Source} has columns that {Source} already has") { File = right.Source, Field = string.Join(", ", clash) });
        var keyIndex = right.IndexOf(rightKey);
        var lookup = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in right._cells) lookup.TryAdd(row[keyIndex].Trim(), row);
        var added = right.Columns.Select((c, i) => (c, i)).Where(x => x.i != keyIndex).ToList();
        var k = IndexOf(key);
        var rows = _cells.Select(row =>
        {
            var match = lookup.GetValueOrDefault(row[k].Trim());
            return row.Concat(added.Select(a => match?[a.i] ?? string.Empty)).ToArray();
        });
        return new Dataset(Source, [.. Columns, .. added.Select(a => a.c)], rows, _rowNumbers, DecimalComma);
    }

    private int IndexOf(string column) => _index.TryGetValue(column, out var i)
        ? i
        : throw new InputErrorException(new InputError("study.column-unknown", "no such column") { File = Source, Field = column, Value = column, Accepted = string.Join(", ", Columns) });

    private static string[] Pad(string[] row, int n)
    {
        if (row.Length == n) return (string[])row.Clone();
        var copy = new string[n];
        for (var i = 0; i < n; i++) copy[i] = i < row.Length ? row[i] : string.Empty;
        return copy;
    }
}
