using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ferrum.BadInput.Tests.Support;

/// <summary>One entry of <c>tests/badinput/manifest.json</c> (written by <c>tests/badinput/generate.py</c>).</summary>
public sealed record CorpusCase
{
    public required string Id { get; init; }
    public required string Door { get; init; }
    public required string Checks { get; init; }
    public string[]? Args { get; init; }
    public int Exit { get; init; }
    public ApiRequest? Request { get; init; }
    public int[]? Status { get; init; }
    public string[] Expect { get; init; } = [];
    public string? KnownFailure { get; init; }

    /// <summary>A command run first (it must succeed), e.g. a lab import that fills the database the case then meets.</summary>
    public string[]? Before { get; init; }

    /// <summary>A SQLite file compared before and after the case: unchanged on exit 2, changed on exit 0.</summary>
    public string? Database { get; init; }

    public bool IsApi => Request is not null;

    public override string ToString() => Id;
}

/// <summary>The HTTP request of an API case; <c>{patient}</c> in the path is replaced by a real patient id.</summary>
public sealed record ApiRequest(string Method, string Path, string? Body, string? BodyFile, string ContentType, Dictionary<string, string>? Headers = null);

/// <summary>Loads the corpus manifest from the repository.</summary>
internal static class Corpus
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Folder => Path.Combine(RepoRoot, "tests", "badinput");

    public static IReadOnlyList<CorpusCase> All { get; } = Load();

    public static TheoryData<string> Ids(Func<CorpusCase, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Where(filter)) data.Add(c.Id);
        return data;
    }

    public static CorpusCase Get(string id) => All.Single(c => c.Id == id);

    private static List<CorpusCase> Load()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        using var stream = File.OpenRead(Path.Combine(Folder, "manifest.json"));
        return JsonSerializer.Deserialize<List<CorpusCase>>(stream, options) ?? throw new InvalidDataException("empty manifest");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ferrum.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ferrum.slnx not found above " + AppContext.BaseDirectory);
    }
}
