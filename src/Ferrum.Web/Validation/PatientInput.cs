using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Storage.Patients;

namespace Ferrum.Web.Validation;

/// <summary>A patient as entered in the API (<c>PUT/POST /api/patients</c>) or the form; validated into a <see cref="PatientDraft"/>.</summary>
public sealed class PatientInput
{
    /// <summary>Name shown in lists (1–200 characters).</summary>
    public string? DisplayName { get; set; }

    /// <summary>Date of birth (ISO yyyy-MM-dd), optional; from 1900-01-01 to today.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary><c>female</c> or <c>male</c> (sex for reference ranges).</summary>
    public string? Sex { get; set; }

    /// <summary>Current medications, generic names (up to 50, each up to 120 characters).</summary>
    public List<string>? Medications { get; set; }

    /// <summary>
    /// The care unit the record belongs to; optional when you are a member of one unit only (admins: the default unit).
    /// On replace, a different unit moves the record (you must be entitled to both); omitted keeps it where it is.
    /// </summary>
    public Guid? CareUnitId { get; set; }

    internal IReadOnlyList<InputError> Validate(DateOnly today)
    {
        var errors = new List<InputError>();
        var name = DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 200)
            errors.Add(Err("patient.name", "displayName", "a display name of 1 to 200 characters is required", DisplayName, "1 to 200 characters"));
        if (BirthDate is { } b && (b < new DateOnly(1900, 1, 1) || b > today))
            errors.Add(Err("patient.birth-date", "birthDate", "birth date is out of range", b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "1900-01-01 to " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (Sex is not ("female" or "male"))
            errors.Add(Err("patient.sex", "sex", "sex must be given for reference ranges", Sex, "female, male"));
        var meds = Medications ?? [];
        if (meds.Count > 50)
            errors.Add(Err("patient.medications", "medications", "too many medications", meds.Count.ToString(CultureInfo.InvariantCulture), "at most 50"));
        for (var i = 0; i < meds.Count; i++)
            if (string.IsNullOrWhiteSpace(meds[i]) || meds[i].Trim().Length > 120)
                errors.Add(new InputError("patient.medication", "each medication needs a name of 1 to 120 characters")
                { Field = "medications", Location = $"$.medications[{i}]", Value = meds[i], Accepted = "1 to 120 characters" });
        return errors;
    }

    internal PatientDraft ToDraft() => new(DisplayName!.Trim(), BirthDate, Sex!, [.. (Medications ?? []).Select(m => m.Trim())]);

    internal static PatientInput From(PatientView p) => new()
    {
        DisplayName = p.DisplayName, BirthDate = p.BirthDate, Sex = p.Sex, Medications = [.. p.Medications], CareUnitId = p.CareUnitId,
    };

    private static InputError Err(string code, string field, string message, string? value, string accepted) =>
        new(code, message) { Field = field, Location = "$." + field, Value = value, Accepted = accepted };
}
