using System.Globalization;
using System.Text.Json;
using Ferrum.Core.Errors;
using Ferrum.Core.Labs;

namespace Ferrum.Clinical.Json;

/// <summary>Reads <c>$.labs</c>: each entry's LOINC code, value, unit and optional date, validated by <see cref="LabResult.TryCreate"/>.</summary>
internal static class LabsReader
{
    public static IReadOnlyList<LabResult> Read(JsonElement root, List<InputError> errors, List<InputError> warnings, IReadOnlySet<string> keys)
    {
        if (!root.TryGetProperty("labs", out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError("field.type", "labs must be an array") { Location = "$.labs", Field = "labs", Value = JsonFields.Raw(el), Accepted = "an array of {loinc, value, unit, date}" });
            return [];
        }
        var labs = new List<LabResult>();
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
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
                else if (f.TryGet("date", out var dateEl)) f.Error("date", dateEl, "date.invalid", "is not a date", "yyyy-MM-dd");
            }
            if (errors.Count > before || loinc is null || value is null) continue;
            if (LabResult.TryCreate(loinc, value.Value, unit, date, path, out var lab, out var error)) labs.Add(lab!);
            else if (error!.Code == "loinc.unknown") warnings.Add(error);
            else errors.Add(error);
        }
        CheckIronBelowTibc(labs, errors);
        return labs;
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
