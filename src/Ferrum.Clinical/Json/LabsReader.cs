using System.Globalization;
using System.Text.Json;
using Ferrum.Core.Errors;
using Ferrum.Core.Labs;

namespace Ferrum.Clinical.Json;

/// <summary>
/// Reads <c>$.labs</c>: each entry's LOINC code, value, unit and optional date, validated by <see cref="LabResult.TryCreate"/>.
/// A date after <c>asOf</c> (the assessment date) and two different results for one analyte on one date are errors.
/// </summary>
internal static class LabsReader
{
    public static IReadOnlyList<LabResult> Read(JsonElement root, List<InputError> errors, List<InputError> warnings, IReadOnlySet<string> keys, DateOnly? asOf)
    {
        if (!root.TryGetProperty("labs", out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError("field.type", "labs must be an array") { Location = "$.labs", Field = "labs", Value = JsonFields.Raw(el), Accepted = "an array of {loinc, value, unit, date}" });
            return [];
        }
        var labs = new List<LabResult>();
        var paths = new List<string>();
        var i = 0;
        foreach (var entry in el.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.labs[{i++}]");
            if (entry.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new InputError("field.type", "a lab result must be an object") { Location = path, Value = JsonFields.Raw(entry), Accepted = "{loinc, value, unit, date}" });
                continue;
            }
            var f = new JsonFields(entry, path, errors, warnings, keys);
            f.WarnUnknown();
            var before = errors.Count;
            f.Required("loinc", "a LOINC code such as 2276-4");
            f.Required("value", "a JSON number");
            var loinc = f.Text("loinc");
            var value = f.Number("value", double.MinValue, double.MaxValue, "");
            var unit = f.Text("unit");
            DateOnly? date = null;
            if (f.Text("date") is { } text)
            {
                f.TryGet("date", out var dateEl);
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    f.Error("date", dateEl, "date.invalid", "is not a date", "yyyy-MM-dd");
                else if (asOf is { } limit && d > limit)
                    f.Error("date", dateEl, "date.future", "is after the assessment date", "a date on or before " + limit.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (the assessment date)");
                else date = d;
            }
            if (errors.Count > before || loinc is null || value is null) continue;
            if (LabResult.TryCreate(loinc, value.Value, unit, date, path, out var lab, out var error)) { labs.Add(lab!); paths.Add(path); }
            else if (error!.Code == "loinc.unknown") warnings.Add(error);
            else errors.Add(error);
        }
        CheckConflicts(labs, paths, errors);
        CheckIronBelowTibc(labs, errors);
        return labs;
    }

    // Two different values for one analyte on one date (or both undated) would leave the engine to pick one silently.
    private static void CheckConflicts(List<LabResult> labs, List<string> paths, List<InputError> errors)
    {
        var first = new Dictionary<(string Analyte, DateOnly? Date), int>();
        for (var k = 0; k < labs.Count; k++)
        {
            var lab = labs[k];
            if (first.TryAdd((lab.Analyte.Id, lab.Date), k)) continue;
            var j = first[(lab.Analyte.Id, lab.Date)];
            var other = labs[j];
            if (Math.Abs(other.Canonical - lab.Canonical) <= 1e-9 * Math.Max(1, Math.Abs(lab.Canonical))) continue;
            var when = lab.Date is { } d ? "on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "without a date";
            errors.Add(new InputError("labs.conflicting", $"two different {lab.Analyte.Name} results {when}; keep the one to assess")
            {
                Location = paths[k], Field = "value",
                Value = string.Create(CultureInfo.InvariantCulture,
                    $"{lab.Loinc}: {lab.Value.Value:G} {lab.Value.Unit.Ucum} here, {other.Value.Value:G} {other.Value.Unit.Ucum} at {paths[j]}"),
                Accepted = "one result per analyte and date",
            });
        }
    }

    private static void CheckIronBelowTibc(List<LabResult> labs, List<InputError> errors)
    {
        var iron = labs.FirstOrDefault(l => l.Analyte == Analytes.SerumIron);
        var tibc = labs.FirstOrDefault(l => l.Analyte == Analytes.Tibc);
        if (iron is null || tibc is null || iron.Canonical <= tibc.Canonical) return;
        errors.Add(new InputError("value.inconsistent", "serum iron cannot exceed TIBC (transferrin saturation would be above 100%)")
        {
            Location = "$.labs", Field = "value",
            Value = string.Create(CultureInfo.InvariantCulture, $"iron {iron.Canonical:0.#} ug/dL, TIBC {tibc.Canonical:0.#} ug/dL"),
            Accepted = "serum iron <= TIBC",
        });
    }
}
