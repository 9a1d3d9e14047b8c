using System.Text.Json;
using Ferrum.Study.Runs;

namespace Ferrum.Study.Tests.Support;

/// <summary>Files of the repository (samples, goldens) for tests.</summary>
internal static class Samples
{
    public static string RepoRoot { get; } = FindRoot();

    public static InputFile Input(string relativePath) =>
        new(relativePath, File.ReadAllBytes(Path.Combine(RepoRoot, relativePath)));

    public static JsonDocument Golden(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "golden", name);
        if (!File.Exists(path)) throw new FileNotFoundException($"golden file {name} is missing: run tests/reference/study", path);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ferrum.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ferrum.slnx not found");
    }
}
