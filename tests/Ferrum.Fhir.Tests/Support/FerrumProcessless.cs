namespace Ferrum.Fhir.Tests.Support;

/// <summary>Locates the repository root (the folder holding Ferrum.slnx) for fixtures.</summary>
internal static class FerrumProcessless
{
    public static string RepoRoot { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ferrum.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ferrum.slnx not found above " + AppContext.BaseDirectory);
    }
}
