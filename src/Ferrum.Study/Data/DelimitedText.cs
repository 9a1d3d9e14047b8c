using CsvHelper;

namespace Ferrum.Study.Data;

/// <summary>Raw rows of a delimited text file whose separator (comma, semicolon or tab) is detected from its first line.</summary>
/// <param name="Rows">Every record with its 1-based line number in the file.</param>
/// <param name="Delimiter">The detected separator.</param>
internal sealed record DelimitedText(IReadOnlyList<(string[] Fields, int Line)> Rows, char Delimiter)
{
    /// <summary>True for semicolon-delimited exports, which write decimals with a comma (e.g. de-DE Excel).</summary>
    public bool DecimalComma => Delimiter == ';';

    /// <summary>Reads all non-empty records with CsvHelper, trimming whitespace around fields.</summary>
    public static DelimitedText Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        var delimiter = Detect(text);
        var options = CsvReaderOptions.Default with
        {
            Separator = delimiter,
            HasHeader = false,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Recover,
        };
        var rows = new List<(string[], int)>();
        using var csv = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i) ?? string.Empty;
            rows.Add((fields, (int)csv.LineNumber));
        }
        return new DelimitedText(rows, delimiter);
    }

    private static char Detect(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        char[] candidates = [',', ';', '\t'];
        return candidates.OrderByDescending(c => first.Count(ch => ch == c)).ThenBy(c => Array.IndexOf(candidates, c)).First();
    }
}
