using System.Globalization;

namespace Ferrum.Fhir.Input;

/// <summary>Everything Ferrum read about one patient from FHIR, before it becomes the engine's input.</summary>
internal sealed class PatientRecord(string patientId)
{
    /// <summary>The Patient's logical id that resources refer to.</summary>
    public string PatientId { get; } = patientId;

    /// <summary>Demographics, when a Patient resource was seen.</summary>
    public PatientFact? Patient { get; private set; }

    /// <summary>Whether two Patient resources with this id disagree on the data Ferrum uses; such a patient is not assessed.</summary>
    public bool ConflictingPatients { get; private set; }

    /// <summary>Laboratory values, all dates.</summary>
    public List<LabFact> Labs { get; } = [];

    /// <summary>Active medications.</summary>
    public List<MedicationFact> Medications { get; } = [];

    /// <summary>Active conditions Ferrum uses.</summary>
    public List<ConditionFact> Conditions { get; } = [];

    /// <summary>Answers to Ferrum's questionnaires, latest response first wins per linkId.</summary>
    public List<AnswerFact> Answers { get; } = [];

    /// <summary>Problems met while mapping this patient's resources.</summary>
    public List<MappingIssue> Issues { get; } = [];

    /// <summary>
    /// Records the demographics of a Patient resource. A second Patient resource with the same id and the same gender
    /// and birth date is a harmless repeat; one that differs is an error: it is reported naming the id and both
    /// values, and the patient is not assessed (Ferrum cannot tell which record is right).
    /// </summary>
    public void SetPatient(PatientFact fact)
    {
        if (Patient is not { } first)
        {
            Patient = fact;
            return;
        }
        if (first.Gender == fact.Gender && first.BirthDate == fact.BirthDate) return;
        ConflictingPatients = true;
        var where = first.At is { } a && fact.At is { } b ? $" ({a} and {b})" : "";
        Issues.Add(new MappingIssue("Patient", fact.Id, "patient.duplicate-id",
            $"two Patient resources have the id '{fact.Id}' with different data{where}: gender {Show(first.Gender)} vs {Show(fact.Gender)}, "
            + $"birthDate {Show(first.BirthDate)} vs {Show(fact.BirthDate)}; not assessed").At(fact.At));
    }

    private static string Show(string? s) => s is null ? "(missing)" : "'" + s + "'";

    private static string Show(DateOnly? d) => d is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "(missing)";
}
