using Ferrum.Core.Errors;
using Ferrum.Study.Data;

namespace Ferrum.Study.Elisa;

/// <summary>Parses long (tidy) reads: one row per well with columns <c>well</c> and <c>signal</c> (or od, absorbance, value), optionally <c>plate</c> and <c>analyte</c>.</summary>
internal static class LongPlateParser
{
    private static readonly string[] SignalNames = ["signal", "od", "absorbance", "value", "od450"];

    /// <summary>True when the first row names a well column.</summary>
    public static bool Looks(IReadOnlyList<(string[] Fields, int Line)> rows) =>
        rows.Count > 0 && rows[0].Fields.Any(f => string.Equals(f.Trim(), "well", StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<PlateRead> Parse(IReadOnlyList<(string[] Fields, int Line)> rows, string source, string defaultPlate, string? defaultAnalyte, bool decimalComma)
    {
        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        int Col(params string[] names) => Array.FindIndex(header, h => names.Contains(h));
        int well = Col("well"), signal = Col(SignalNames), plate = Col("plate"), analyte = Col("analyte");
        if (signal < 0)
            throw new InputErrorException(new InputError("elisa.long-signal-missing", "the long table has no signal column") { File = source, Location = "row 1", Accepted = string.Join(", ", SignalNames) });
        var groups = new Dictionary<(string, string), Dictionary<WellAddress, double>>();
        var order = new List<(string, string)>();
        foreach (var (fields, line) in rows.Skip(1))
        {
            string Field(int i) => i >= 0 && i < fields.Length ? fields[i].Trim() : string.Empty;
            if (!WellAddress.TryParse(Field(well), out var address))
                throw new InputErrorException(new InputError("elisa.well-invalid", "not a well of a 96-well plate") { File = source, Location = $"row {line}", Field = "well", Value = Field(well), Accepted = "A1 to H12" });
            var p = plate >= 0 && Field(plate).Length > 0 ? Field(plate) : defaultPlate;
            var a = analyte >= 0 && Field(analyte).Length > 0 ? Field(analyte) : defaultAnalyte
                ?? throw new InputErrorException(new InputError("elisa.analyte-unknown", "the row does not say which analyte it measured") { File = source, Location = $"row {line}", Field = "analyte", Accepted = "an analyte column, or an analyte named in the layout" });
            if (NumberParser.IsMissing(Field(signal))) continue;
            if (!NumberParser.TryParse(Field(signal), decimalComma, out var v))
                throw new InputErrorException(new InputError("elisa.signal-not-numeric", "the well's signal is not a number") { File = source, Location = $"row {line}", Field = header[signal], Value = Field(signal), Accepted = "a number" });
            if (!groups.TryGetValue((p, a), out var map)) { groups[(p, a)] = map = []; order.Add((p, a)); }
            if (!map.TryAdd(address, v))
                throw new InputErrorException(new InputError("elisa.well-duplicate", "the well is read twice for the same plate and analyte") { File = source, Location = $"row {line}", Field = "well", Value = address.ToString() });
        }
        return [.. order.Select(k => new PlateRead(k.Item1, k.Item2, groups[k], source))];
    }
}
