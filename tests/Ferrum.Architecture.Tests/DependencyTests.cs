using System.Reflection;

namespace Ferrum.Architecture.Tests;

/// <summary>Engines reference no front door, storage or FHIR assembly, and do no I/O of their own.</summary>
public sealed class DependencyTests
{
    public static TheoryData<string> Engines => new() { "Ferrum.Core", "Ferrum.Clinical", "Ferrum.Statistics", "Ferrum.Study", "Ferrum.Nutrition" };

    private static readonly string[] Forbidden = ["Ferrum.Cli", "ferrum", "Ferrum.Web", "Ferrum.Storage", "Ferrum.Fhir", "Microsoft.EntityFrameworkCore", "Hl7.Fhir", "Microsoft.AspNetCore", "Spectre.Console", "System.CommandLine"];

    [Theory]
    [MemberData(nameof(Engines))]
    public void Engine_references_no_front_door_storage_or_fhir(string engine)
    {
        var refs = Assembly.Load(engine).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        // "ferrum" is the CLI assembly's exact name; the others are prefixes of whole families.
        Assert.DoesNotContain(refs, r => Forbidden.Any(f => r.Equals(f, StringComparison.OrdinalIgnoreCase)
            || (f != "ferrum" && r.StartsWith(f + ".", StringComparison.OrdinalIgnoreCase))));
    }

    [Fact]
    public void Statistics_knows_nothing_about_iron()
    {
        var refs = Assembly.Load("Ferrum.Statistics").GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(refs, r => r is "Ferrum.Clinical" or "Ferrum.Nutrition" or "Ferrum.Study");
    }

    [Theory]
    [InlineData("Ferrum.Core")]
    [InlineData("Ferrum.Clinical")]
    public void Engine_source_uses_no_console_file_system_or_clock(string engine)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Ferrum.slnx"))) root = root.Parent!;
        string[] banned = ["Console.", "File.", "Directory.", "DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "new Random(", "Random.Shared", "Environment.GetEnvironmentVariable"];
        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "src", engine), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && banned.Any(b => x.line.Contains(b, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }
}
