namespace Ferrum.Fhir.Tests.Support;

/// <summary>Sample and fixture files of the repository.</summary>
internal static class Samples
{
    public static readonly DateOnly AsOf = new(2026, 11, 1);

    public static string Path(string relative) => System.IO.Path.Combine(FerrumProcessless.RepoRoot, relative);

    public static string Text(string relative) => File.ReadAllText(Path(relative));

    public static string Bundle => Text("samples/fhir/rls-iron-deficient-bundle.json");

    public static IReadOnlyList<Hl7.Fhir.Model.Resource> BundleResources() =>
        ((Hl7.Fhir.Model.Bundle)Ferrum.Fhir.Input.FhirJson.Parse(Bundle).Resource).Entry.Select(e => e.Resource!).ToList();
}
