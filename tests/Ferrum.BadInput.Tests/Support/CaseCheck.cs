namespace Ferrum.BadInput.Tests.Support;

/// <summary>What a corpus entry demands of an outcome; returns the broken expectations (empty when all hold).</summary>
internal static class CaseCheck
{
    public static List<string> Cli(CorpusCase c, CliOutcome o)
    {
        var problems = new List<string>();
        var all = o.Stdout + "\n" + o.Stderr;
        if (o.ExitCode != c.Exit) problems.Add($"exit code {o.ExitCode}, expected {c.Exit}");
        if (o.Stderr.Split('\n').Any(l => l.StartsWith("   at ", StringComparison.Ordinal))) problems.Add("a stack trace on stderr");
        if (o.Stderr.Contains("internal error", StringComparison.Ordinal)) problems.Add("an internal error instead of a bad-input message");
        if (c.Exit == 2 && !o.Stderr.Contains("error", StringComparison.OrdinalIgnoreCase)) problems.Add("no error message on stderr");
        foreach (var e in c.Expect)
            if (!all.Contains(e, StringComparison.OrdinalIgnoreCase)) problems.Add($"the message does not name '{e}'");
        if (c.Database is not null && c.Exit != 0 && o.DatabaseChange is not null) problems.Add("a rejected input changed the database: " + o.DatabaseChange);
        if (c.Database is not null && c.Exit == 0 && o.DatabaseChange is null) problems.Add("an accepted import left the database unchanged");
        return problems;
    }

    public static List<string> Api(CorpusCase c, int status, string? mediaType, string body)
    {
        var problems = new List<string>();
        if (!c.Status!.Contains(status)) problems.Add($"HTTP {status}, expected {string.Join(" or ", c.Status!)}");
        if (status >= 400 && status != 404 && mediaType != "application/problem+json") problems.Add($"content type {mediaType}, expected application/problem+json");
        if (body.Contains("   at ", StringComparison.Ordinal)) problems.Add("a stack trace in the response");
        foreach (var e in c.Expect)
            if (!body.Contains(e, StringComparison.OrdinalIgnoreCase)) problems.Add($"the problem does not name '{e}'");
        return problems;
    }
}
