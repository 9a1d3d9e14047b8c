using System.Globalization;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>The kinds of API write the crash test sends.</summary>
internal enum WriteKind
{
    /// <summary><c>POST /api/patients</c>: one patient row and its audit row.</summary>
    Patient,

    /// <summary><c>POST /api/patients/{id}/labs</c>: three results in one transaction, and an audit row.</summary>
    Labs,

    /// <summary><c>POST /api/assessments?patientId=</c>: the assessment, the labs of its input, and an audit row.</summary>
    Assessment,
}

/// <summary>One API write and what identifies it in the database.</summary>
/// <param name="Number">Unique over the whole run (trial × 1000 + position).</param>
/// <param name="Kind">What is written.</param>
/// <param name="Path">Request path (POST).</param>
/// <param name="Body">JSON body.</param>
/// <param name="PatientName">For <see cref="WriteKind.Patient"/>: the display name created.</param>
/// <param name="PatientId">For labs and assessments: the patient written to (created before the batch).</param>
/// <param name="LabDate">For <see cref="WriteKind.Labs"/>: the date all its results carry (unique per write).</param>
internal sealed record ApiWrite(int Number, WriteKind Kind, string Path, string Body, string? PatientName, Guid PatientId, DateOnly LabDate);

/// <summary>Seeded API writes: a mix of patient creations, lab batches and stored assessments.</summary>
internal static class ApiWorkload
{
    public const int LabsPerWrite = 3;

    /// <summary>Lab results in <see cref="AssessmentBody"/>; the assessment stores each with its own id.</summary>
    public const int LabsPerAssessment = 4;

    public static List<WriteKind> Kinds(Random rng, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => (WriteKind)rng.Next(0, 3))];

    public static string PatientBody(string name) =>
        $$"""{"displayName":"{{name}}","sex":"female","birthDate":"1980-01-01","medications":["sertraline"]}""";

    public static DateOnly LabDate(int number) => new DateOnly(2000, 1, 1).AddDays(number % 9000);

    public static string LabsBody(int number, DateOnly date)
    {
        var d = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ferritin = (10 + number % 400).ToString(CultureInfo.InvariantCulture);
        return $$"""[{"loinc":"2276-4","value":{{ferritin}},"unit":"ng/mL","date":"{{d}}"},{"loinc":"718-7","value":12.5,"unit":"g/dL","date":"{{d}}"},{"loinc":"2502-3","value":18,"unit":"%","date":"{{d}}"}]""";
    }

    /// <summary>A complete assessment input (the sample patient's shape) with <see cref="LabsPerAssessment"/> labs.</summary>
    public const string AssessmentBody = """
        {"patient":{"ageYears":45,"sex":"female","pregnant":false,"postmenopausal":false,"onDialysis":false,"weightKg":68,"smoker":false},
         "rls":{"urgeToMove":true,"worseAtRest":true,"reliefByMovement":true,"worseEveningOrNight":true,"notExplainedByOtherCondition":true,
                "episodesPerWeek":4,"monthsWithSymptoms":14,"clinicallySignificant":true},
         "irls":[3,3,2,2,3,2,2,2,3,2],
         "labs":[{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2026-10-02"},{"loinc":"718-7","value":11.2,"unit":"g/dL","date":"2026-10-02"},
                 {"loinc":"2502-3","value":14,"unit":"%","date":"2026-10-02"},{"loinc":"1988-5","value":3,"unit":"mg/L","date":"2026-10-02"}],
         "medications":["sertraline"]}
        """;
}
