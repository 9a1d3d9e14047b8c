using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Storage.Labs;

namespace Ferrum.Web.Validation;

/// <summary>A lab result as entered (<c>POST /api/patients/{id}/labs</c> or the form).</summary>
public sealed class LabInput
{
    /// <summary>LOINC code, e.g. <c>2276-4</c> (ferritin), <c>718-7</c> (hemoglobin), <c>2502-3</c> (TSAT).</summary>
    public string? Loinc { get; set; }

    /// <summary>The value in <see cref="Unit"/>; 0 or more.</summary>
    public double? Value { get; set; }

    /// <summary>The unit as written (UCUM or common spelling), e.g. <c>ng/mL</c>.</summary>
    public string? Unit { get; set; }

    /// <summary>Date drawn (ISO yyyy-MM-dd); not in the future.</summary>
    public DateOnly? Date { get; set; }

    internal IReadOnlyList<InputError> Validate(DateOnly today, string location)
    {
        var errors = new List<InputError>();
        if (!Validation.Loinc.IsWellFormed(Loinc))
            errors.Add(Err("lab.loinc", "loinc", "not a LOINC code (digits, hyphen, check digit)", Loinc, "e.g. 2276-4, 718-7, 2502-3, 1988-5"));
        if (Value is not { } v || !double.IsFinite(v) || v < 0 || v > 1e6)
            errors.Add(Err("lab.value", "value", "the value must be a number from 0 to 1000000", Value?.ToString(CultureInfo.InvariantCulture), "0 to 1000000"));
        if (string.IsNullOrWhiteSpace(Unit) || Unit.Trim().Length > 32)
            errors.Add(Err("lab.unit", "unit", "a unit is required", Unit, "a UCUM unit or common spelling, e.g. ng/mL, g/dL, %"));
        if (Date is not { } d || d > today || d < new DateOnly(1900, 1, 1))
            errors.Add(Err("lab.date", "date", "the date drawn is required and cannot be in the future",
                Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "1900-01-01 to " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return errors;

        InputError Err(string code, string field, string message, string? value, string accepted) =>
            new(code, message) { Field = field, Location = location + "." + field, Value = value, Accepted = accepted };
    }

    internal LabDraft ToDraft() => new(Loinc!, Value!.Value, Unit!.Trim(), Date!.Value);
}
