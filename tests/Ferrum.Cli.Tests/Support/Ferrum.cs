using System.Diagnostics;

namespace Ferrum.Cli.Tests.Support;

/// <summary>The outcome of one run of the real <c>ferrum</c> program.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built <c>ferrum</c> program as a child process, exactly as a user would.</summary>
internal static class FerrumProcess
{
    /// <summary>The repository root (the folder holding Ferrum.slnx), for samples and fixtures.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static CliRun Run(params string[] args) => RunIn(RepoRoot, null, args);

    public static CliRun RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunIn(RepoRoot, null, environment, args);

    public static CliRun RunIn(string workingDirectory, string? stdin, params string[] args) => RunIn(workingDirectory, stdin, null, args);

    public static CliRun RunIn(string workingDirectory, string? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ferrum.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["NO_COLOR"] = "1";
        if (environment is not null)
            foreach (var (key, value) in environment) psi.Environment[key] = value;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start ferrum");
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("ferrum did not finish within 5 minutes: " + string.Join(' ', args));
        }
        return new CliRun(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ferrum.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ferrum.slnx not found above " + AppContext.BaseDirectory);
    }
}
