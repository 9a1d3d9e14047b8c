using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Storage.Import;

namespace Ferrum.Cli.Labs;

/// <summary>
/// Reads a lab-result CSV (header naming <c>patient,sex,loinc,value,unit,date</c> in any order; comma-separated,
/// unquoted fields, decimal point, ISO dates). The whole file is checked before anything is stored, so bad
/// input stores nothing.
/// </summary>
internal static class LabCsvReader
{
    private static readonly string[] Columns = ["patient", "sex", "loinc", "value", "unit", "date"];

    public static List<LabImportRow> Read(TextReader reader, string file)
    {
        var accepted = string.Join(',', Columns);
        var header = reader.ReadLine();
        if (header is null) throw Bad("labs.empty", "the file has no header line", "row 1", null, null, accepted);
        var names = header.TrimStart('\uFEFF').Split(',').Select(h => h.Trim()).ToList();
        var idx = new int[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            idx[c] = names.IndexOf(Columns[c]);
            if (idx[c] < 0) throw Bad("labs.column", "a required column is missing", "row 1", Columns[c], null, accepted);
        }
        var rows = new List<LabImportRow>();
        long line = 1;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var at = string.Create(CultureInfo.InvariantCulture, $"row {line}");
            var f = text.Split(',');
            if (f.Length != names.Count)
                throw Bad("labs.fields", "wrong number of fields (quoted commas are not accepted)", at, null,
                    f.Length.ToString(CultureInfo.InvariantCulture), names.Count.ToString(CultureInfo.InvariantCulture) + " fields");
            string Get(int c) => f[idx[c]].Trim();
            var patient = Get(0);
            if (patient.Length is 0 or > 200) throw Bad("labs.patient", "patient key must have 1 to 200 characters", at, "patient", patient, "1–200 characters");
            var sex = Get(1);
            if (sex is not ("female" or "male")) throw Bad("labs.sex", "sex must be given for reference ranges", at, "sex", sex, "female, male");
            var loinc = Get(2);
            if (loinc.Length is 0 or > 16) throw Bad("labs.loinc", "LOINC code must have 1 to 16 characters", at, "loinc", loinc, "a LOINC code such as 2276-4");
            var valueText = Get(3);
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                throw Bad("labs.value", "value is not a finite number", at, "value", valueText, "a decimal number with a point, e.g. 42.5");
            var unit = Get(4);
            if (unit.Length is 0 or > 32) throw Bad("labs.unit", "unit must have 1 to 32 characters", at, "unit", unit, "a unit such as ng/mL");
            var dateText = Get(5);
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw Bad("labs.date", "date is not an ISO date", at, "date", dateText, "yyyy-MM-dd");
            rows.Add(new LabImportRow(line, patient, sex, loinc, value, unit, date));
        }
        return rows;

        InputErrorException Bad(string code, string message, string location, string? field, string? value, string accepted) =>
            new(new InputError(code, message) { File = file, Location = location, Field = field, Value = value, Accepted = accepted });
    }
}
