using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Core.Units;

namespace Ferrum.Core.Labs;

/// <summary>One laboratory result: the analyte, its LOINC code, the value as reported and an optional date.</summary>
public sealed class LabResult
{
    private LabResult(Analyte analyte, string loinc, Quantity value, DateOnly? date)
    {
        Analyte = analyte;
        Loinc = loinc;
        Value = value;
        Date = date;
        Canonical = analyte.ToCanonical(value);
    }

    /// <summary>What was measured.</summary>
    public Analyte Analyte { get; }

    /// <summary>The LOINC code as given.</summary>
    public string Loinc { get; }

    /// <summary>The value in the unit it was reported in.</summary>
    public Quantity Value { get; }

    /// <summary>The value in the analyte's canonical unit.</summary>
    public double Canonical { get; }

    /// <summary>When the specimen was drawn, if known.</summary>
    public DateOnly? Date { get; }

    /// <summary>
    /// Validates and creates a result. Errors: <c>loinc.malformed</c> (not the LOINC shape or a wrong check digit,
    /// see <see cref="LoincCode"/>), <c>loinc.unknown</c>, <c>unit.unknown</c>,
    /// <c>unit.not-accepted</c>, <c>value.implausible</c>; <paramref name="location"/> is the JSON path of the lab entry.
    /// </summary>
    public static bool TryCreate(string? loinc, double value, string? unitText, DateOnly? date, string location,
        out LabResult? result, out InputError? error)
    {
        result = null;
        error = null;
        if (!LoincCode.IsWellFormed(loinc))
        {
            error = new InputError("loinc.malformed", "not a LOINC code (wrong shape or check digit)")
            { Location = location + ".loinc", Field = "loinc", Value = loinc ?? "(missing)", Accepted = LoincCode.Shape + " (" + LoincCode.Source + ")" };
            return false;
        }
        if (!Analytes.TryFindByLoinc(loinc, out var analyte))
        {
            error = new InputError("loinc.unknown", "unknown LOINC code; the result is ignored")
            { Location = location + ".loinc", Field = "loinc", Value = loinc, Accepted = string.Join(", ", Analytes.KnownLoincCodes) };
            return false;
        }
        if (!Unit.TryParse(unitText, out var unit))
        {
            error = new InputError("unit.unknown", $"unknown unit for {analyte.Name}")
            { Location = location + ".unit", Field = "unit", Value = unitText ?? "(missing)", Accepted = Unit.Describe(analyte.AcceptedUnits) };
            return false;
        }
        if (!analyte.Accepts(unit))
        {
            error = new InputError("unit.not-accepted", $"{unit.Ucum} cannot report {analyte.Name}")
            { Location = location + ".unit", Field = "unit", Value = unitText, Accepted = Unit.Describe(analyte.AcceptedUnits) };
            return false;
        }
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), "value must be finite");
        var quantity = Quantity.Of(value, unit);
        var canonical = analyte.ToCanonical(quantity);
        if (canonical < analyte.PlausibleMin || canonical > analyte.PlausibleMax)
        {
            error = new InputError("value.implausible", $"{analyte.Name} is outside the physiologically plausible range")
            {
                Location = location + ".value", Field = "value",
                Value = value.ToString("G", CultureInfo.InvariantCulture) + " " + unit.Ucum,
                Accepted = analyte.PlausibleRangeText,
            };
            return false;
        }
        result = new LabResult(analyte, loinc!.Trim(), quantity, date);
        return true;
    }
}
