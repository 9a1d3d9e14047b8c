using Ferrum.Fhir.Input;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Definitions;

/// <summary>
/// Ferrum's own canonical resources, shipped as JSON in <c>src/Ferrum.Fhir/Definitions/</c>: the CodeSystem
/// <c>ferrum-rls</c> and the Questionnaires for the IRLSSG criteria and the IRLS item scores (short labels only).
/// </summary>
public static class FerrumDefinitions
{
    private static readonly Lazy<IReadOnlyList<Resource>> Loaded = new(Load);

    /// <summary>The file names of the shipped definitions.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["CodeSystem-ferrum-rls.json", "Questionnaire-ferrum-irlssg-criteria.json", "Questionnaire-ferrum-irls.json"];

    /// <summary>All shipped definitions, parsed.</summary>
    public static IReadOnlyList<Resource> All => Loaded.Value;

    /// <summary>The raw JSON of a shipped definition.</summary>
    public static string Json(string fileName)
    {
        using var stream = typeof(FerrumDefinitions).Assembly.GetManifestResourceStream("Ferrum.Fhir.Definitions." + fileName)
            ?? throw new ArgumentException($"no definition named {fileName}", nameof(fileName));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<Resource> Load() => FileNames.Select(f => FhirJson.Parse(Json(f), f).Resource).ToList();
}
