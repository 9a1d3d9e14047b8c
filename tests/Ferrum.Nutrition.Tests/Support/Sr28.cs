using System.Text;
using System.Text.Json;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Tests.Support;

/// <summary>Locates the shared SR28 copy (a sibling <c>shared/data/usda-sr-legacy</c> above the repository) and reads it once.</summary>
internal static class Sr28
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string? Folder { get; } = FindFolder();
    private static readonly Lazy<Sr28Import> Lazy = new(Load);

    public static Sr28Import Import => Lazy.Value;

    public static JsonElement Golden { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "tests", "reference", "nutrition", "sr28-golden.json"))).RootElement;

    public const string MissingMessage = "SKIPPED: USDA SR28 copy not found (looked for shared/data/usda-sr-legacy in the folders above the repository).";

    private static Sr28Import Load()
    {
        StreamReader Open(string n) => new(Path.Combine(Folder!, n), Encoding.Latin1);
        using var fd = Open("FOOD_DES.txt");
        using var fg = Open("FD_GROUP.txt");
        using var nd = Open("NUT_DATA.txt");
        using var w = Open("WEIGHT.txt");
        return Sr28Reader.Read(fd, fg, nd, w);
    }

    private static string FindRepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Ferrum.slnx"))) return d.FullName;
        throw new DirectoryNotFoundException("Ferrum.slnx not found");
    }

    private static string? FindFolder()
    {
        for (var d = new DirectoryInfo(RepoRoot); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "data", "usda-sr-legacy");
            if (File.Exists(Path.Combine(candidate, "NUT_DATA.txt"))) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with a visible message, when the SR28 copy is absent.</summary>
public sealed class Sr28FactAttribute : FactAttribute
{
    public Sr28FactAttribute()
    {
        if (Sr28.Folder is null) Skip = Sr28.MissingMessage;
    }
}

/// <summary>A theory that is skipped, with a visible message, when the SR28 copy is absent.</summary>
public sealed class Sr28TheoryAttribute : TheoryAttribute
{
    public Sr28TheoryAttribute()
    {
        if (Sr28.Folder is null) Skip = Sr28.MissingMessage;
    }
}
