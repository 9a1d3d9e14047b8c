using System.Globalization;
using System.Text;
using Ferrum.Core.Errors;
using Ferrum.Core.Labs;
using Ferrum.Core.Text;

namespace Ferrum.Storage.Import;

/// <summary>
/// Reads a lab-result CSV for <see cref="LabImporter"/>: a header naming <c>patient,sex,loinc,value,unit,date</c> in
/// any order; comma-separated, unquoted fields, decimal point, ISO dates. Every row is checked the way the rest of
/// Ferrum checks a lab result (LOINC shape and check digit, known analyte, unit, plausible value, a date not after
/// <c>today</c>), and the whole file is checked before anything is stored, so bad input stores nothing.
/// </summary>
public static class LabCsvReader
{
    /// <summary>Longest accepted line, characters: far above a real row, far below a line that would exhaust memory.</summary>
    public const int MaxLineLength = 4096;

    /// <summary>Most errors reported for one file before the reader stops looking.</summary>
    public const int MaxErrors = 20;

    private static readonly string[] Columns = ["patient", "sex", "loinc", "value", "unit", "date"];
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Reads and validates every row; throws <see cref="InputErrorException"/> naming file, row and field.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="today">The latest accepted date drawn (the caller's clock).</param>
    public static List<LabImportRow> Read(TextReader reader, string file, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var accepted = string.Join(',', Columns);
        var errors = new List<InputError>();
        InputError Bad(string code, string message, long line, string? field, string? value, string acceptedText) =>
            new(code, message) { File = file, Location = Row(line), Field = field, Value = value, Accepted = acceptedText };

        var header = ReadLine(reader, 1, file);
        if (header is null || header.Trim('\uFEFF', ' ', '\t').Length == 0)
            throw new InputErrorException(Bad("labs.empty", "the file is empty", 1, null, null, accepted));
        header = header.TrimStart('\uFEFF');
        if (!header.Contains(',', StringComparison.Ordinal) && header.Contains(';', StringComparison.Ordinal))
            throw new InputErrorException(Bad("labs.delimiter", "the header is separated by semicolons (a de-DE spreadsheet export?)", 1, null, Cut(header), accepted + " separated by commas, decimals with a point"));
        var names = header.Split(',').Select(h => h.Trim()).ToList();
        var idx = new int[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            idx[c] = names.IndexOf(Columns[c]);
            if (idx[c] < 0) throw new InputErrorException(Bad("labs.column", "a required column is missing", 1, Columns[c], Cut(header), accepted));
            if (names.LastIndexOf(Columns[c]) != idx[c]) throw new InputErrorException(Bad("labs.column", "a column is named twice", 1, Columns[c], Cut(header), accepted));
        }

        var rows = new List<LabImportRow>();
        var seen = new Dictionary<(string, string, DateOnly, double, string), long>();
        var sexes = new Dictionary<string, (string Sex, long Line)>(StringComparer.Ordinal);
        long line = 1;
        for (var text = ReadLine(reader, 2, file); text is not null && errors.Count < MaxErrors; text = ReadLine(reader, line + 1, file))
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var row = ParseRow(text, line, names.Count, idx, today, file, errors, Bad);
            if (row is null) continue;
            if (sexes.TryGetValue(row.PatientKey, out var known) && known.Sex != row.Sex)
                errors.Add(Bad("labs.sex-conflict", $"the patient's sex differs from row {known.Line}", line, "sex", row.Sex, known.Sex + ", as in row " + known.Line.ToString(CultureInfo.InvariantCulture)));
            else sexes.TryAdd(row.PatientKey, (row.Sex, line));
            if (!seen.TryAdd((row.PatientKey, row.Loinc, row.Date, row.Value, row.Unit), line))
                errors.Add(Bad("labs.duplicate-row", $"the row repeats row {seen[(row.PatientKey, row.Loinc, row.Date, row.Value, row.Unit)]} (same patient, LOINC, date, value and unit)", line, null, null, "each result once"));
            else rows.Add(row);
        }
        if (errors.Count > 0) throw new InputErrorException(errors);
        if (rows.Count == 0) throw new InputErrorException(Bad("labs.no-rows", "the file has a header but no results", 2, null, null, "at least one row under the header"));
        return rows;
    }

    private static LabImportRow? ParseRow(string text, long line, int width, int[] idx, DateOnly today, string file, List<InputError> errors,
        Func<string, string, long, string?, string?, string, InputError> bad)
    {
        var f = text.Split(',');
        if (f.Length != width)
        {
            errors.Add(bad("labs.fields", "wrong number of fields (quoted commas and decimal commas are not accepted)", line, null,
                f.Length.ToString(CultureInfo.InvariantCulture), width.ToString(CultureInfo.InvariantCulture) + " fields"));
            return null;
        }
        string Get(int c) => f[idx[c]].Trim();
        var before = errors.Count;
        var patient = Get(0);
        if (patient.Length is 0 or > 200 || patient.Any(char.IsControl))
            errors.Add(bad("labs.patient", "the patient key must have 1 to 200 printable characters", line, "patient", Cut(patient), "1–200 printable characters"));
        else if (SpreadsheetCell.Escape(patient) != patient)
            errors.Add(bad("labs.patient-formula", "a patient key a spreadsheet would run as a formula is refused", line, "patient", Cut(patient), "a key not starting with = + - @ (e.g. MRN-1001)"));
        var sex = Get(1);
        if (sex is not ("female" or "male")) errors.Add(bad("labs.sex", "sex must be given for reference ranges", line, "sex", Cut(sex), "female, male"));
        var valueText = Get(3);
        var value = double.NaN;
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            errors.Add(bad("labs.value", "value is not a finite number", line, "value", Cut(valueText), "a decimal number with a point, e.g. 42.5"));
        var dateText = Get(5);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add(bad("labs.date", "date is not an ISO date", line, "date", Cut(dateText), "yyyy-MM-dd"));
        else if (date > today || date < Earliest)
            errors.Add(bad("labs.date", "the date drawn is in the future or implausibly early", line, "date", dateText,
                "1900-01-01 to " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var loinc = Get(2);
        var unit = Get(4);
        if (errors.Count == before && !LabResult.TryCreate(loinc, value, unit, date, Row(line), out _, out var labError))
        {
            // The same rules as every other door: LOINC shape and check digit, known analyte, its units, plausible value.
            errors.Add(labError! with { File = file, Location = Row(line), Value = labError.Value is { } v ? Cut(v) : null, Code = "labs." + labError.Code });
        }
        return errors.Count == before ? new LabImportRow(line, patient, sex, loinc, value, unit, date) : null;
    }

    // Reads one line, refusing to buffer more than MaxLineLength characters of it.
    private static string? ReadLine(TextReader reader, long line, string file)
    {
        var sb = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0) return sb.Length == 0 ? null : sb.ToString();
            if (c == '\n') return sb.ToString().TrimEnd('\r');
            if (sb.Length >= MaxLineLength)
                throw new InputErrorException(new InputError("labs.line-too-long", "the line is too long")
                {
                    File = file, Location = Row(line),
                    Value = "more than " + MaxLineLength.ToString(CultureInfo.InvariantCulture) + " characters",
                    Accepted = "at most " + MaxLineLength.ToString(CultureInfo.InvariantCulture) + " characters per line",
                });
            sb.Append((char)c);
        }
    }

    private static string Row(long line) => "row " + line.ToString(CultureInfo.InvariantCulture);

    private static string Cut(string s) => s.Length > 60 ? s[..57] + "..." : s;
}
