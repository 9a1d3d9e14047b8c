using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ferrum.BadInput.Tests.Support;

/// <summary>The outcome of one run of the real <c>ferrum</c> program; <paramref name="DatabaseChange"/> describes the tables a case changed.</summary>
public sealed record CliOutcome(int ExitCode, string Stdout, string Stderr, string CommandLine, TimeSpan Elapsed, string? DatabaseChange = null);

/// <summary>
/// Runs every CLI case of the corpus once, several child processes at a time (each start costs ~0.3 s), and keeps
/// the outcomes for the per-case assertions. Each case gets its own empty temporary folder for <c>{out}</c>.
/// </summary>
public sealed class CliCorpusRunner : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "ferrum-badinput-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<ConcurrentDictionary<string, CliOutcome>> _outcomes;

    public CliCorpusRunner() => _outcomes = new(RunAll);

    public CliOutcome Outcome(string id) => _outcomes.Value[id];

    public IReadOnlyDictionary<string, CliOutcome> All => _outcomes.Value;

    private ConcurrentDictionary<string, CliOutcome> RunAll()
    {
        var results = new ConcurrentDictionary<string, CliOutcome>();
        var cases = Corpus.All.Where(c => !c.IsApi).ToList();
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(3, Environment.ProcessorCount * 2) },
            c => results[c.Id] = Run(c));
        return results;
    }

    private CliOutcome Run(CorpusCase c)
    {
        var casePath = Path.Combine(Corpus.Folder, "cases", c.Id.Replace('/', Path.DirectorySeparatorChar));
        // A case is a folder (bulk, SR28, FDC) or a file whose extension is not part of the id.
        if (!Directory.Exists(casePath) && Directory.Exists(Path.GetDirectoryName(casePath)))
            casePath = Directory.GetFiles(Path.GetDirectoryName(casePath)!, Path.GetFileName(casePath) + ".*")
                .Where(f => !f.EndsWith(".spec-ok.yaml", StringComparison.Ordinal))
                .OrderBy(f => f.EndsWith(".yaml", StringComparison.Ordinal) ? 1 : 0).FirstOrDefault() ?? casePath;
        var outDir = Path.Combine(_scratch, c.Id.Replace('/', '_'));
        Directory.CreateDirectory(outDir);
        string Expand(string a) => a.Replace("{case}", casePath, StringComparison.Ordinal)
            .Replace("{dir}", Path.GetDirectoryName(casePath), StringComparison.Ordinal)
            .Replace("{out}", outDir, StringComparison.Ordinal)
            .Replace("{repo}", Corpus.RepoRoot, StringComparison.Ordinal);
        if (c.Before is { } before)
        {
            var setup = Exec([.. before.Select(Expand)], outDir);
            if (setup.ExitCode != 0) return setup with { ExitCode = -1, Stderr = "the 'before' step failed: " + setup.Stderr };
        }
        var snapshot = c.Database is { } db ? DatabaseSnapshot.Of(Expand(db)) : null;
        var outcome = Exec([.. c.Args!.Select(Expand)], outDir);
        return snapshot is null ? outcome : outcome with { DatabaseChange = DatabaseSnapshot.Difference(snapshot, DatabaseSnapshot.Of(Expand(c.Database!))) };
    }

    private static CliOutcome Exec(List<string> args, string outDir)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = outDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ferrum.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["FERRUM_DATA"] = outDir;   // food store and other user data stay in the scratch folder
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start ferrum");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            return new CliOutcome(-1, "", "timeout: ferrum did not finish within 2 minutes", string.Join(' ', args), clock.Elapsed);
        }
        return new CliOutcome(p.ExitCode, stdout.Result, stderr.Result, string.Join(' ', args), clock.Elapsed);
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }
}
