using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Core.Labs;
using Ferrum.Storage.Labs;

namespace Ferrum.Web.Validation;

/// <summary>A lab result as entered (<c>POST /api/patients/{id}/labs</c> or the form).</summary>
public sealed class LabInput
{
    /// <summary>LOINC code, e.g. <c>2276-4</c> (ferritin), <c>718-7</c> (hemoglobin), <c>2502-3</c> (TSAT).</summary>
    public string? Loinc { get; set; }

    /// <summary>The value in <see cref="Unit"/>, within the analyte's physiologically plausible range.</summary>
    public double? Value { get; set; }

    /// <summary>The unit as written (UCUM or common spelling), e.g. <c>ng/mL</c>.</summary>
    public string? Unit { get; set; }

    /// <summary>Date drawn (ISO yyyy-MM-dd); not in the future.</summary>
    public DateOnly? Date { get; set; }

    internal IReadOnlyList<InputError> Validate(DateOnly today, string location)
    {
        var errors = new List<InputError>();
        if (Value is not { } v || !double.IsFinite(v))
            errors.Add(Err("lab.value", "value", "the value must be a number", Value?.ToString(CultureInfo.InvariantCulture), "a number in the analyte's plausible range"));
        else if (Unit is { Length: > 32 })
            errors.Add(Err("lab.unit", "unit", "the unit is too long", Unit, "a UCUM unit or common spelling, e.g. ng/mL, g/dL, %"));
        else if (!LabResult.TryCreate(Loinc, v, Unit, Date, location, out _, out var labError))
            errors.Add(labError!);  // unknown LOINC, unknown or unfitting unit, implausible value: Ferrum.Core decides
        if (Date is not { } d || d > today || d < new DateOnly(1900, 1, 1))
            errors.Add(Err("lab.date", "date", "the date drawn is required and cannot be in the future",
                Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "1900-01-01 to " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return errors;

        InputError Err(string code, string field, string message, string? value, string accepted) =>
            new(code, message) { Field = field, Location = location + "." + field, Value = value, Accepted = accepted };
    }

    internal LabDraft ToDraft() => new(Loinc!, Value!.Value, Unit!.Trim(), Date!.Value);
}
