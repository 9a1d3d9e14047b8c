using Ferrum.BadInput.Tests.Support;
using Xunit.Abstractions;

namespace Ferrum.BadInput.Tests;

/// <summary>Every CLI entry of the corpus: exit 2 with a message naming the file and row/field/path, never a stack trace.</summary>
public sealed class CliCorpusTests(CliCorpusRunner runner, ITestOutputHelper output) : IClassFixture<CliCorpusRunner>
{
    public static TheoryData<string> Cases => Corpus.Ids(c => !c.IsApi && c.KnownFailure is null);

    public static TheoryData<string> KnownFailures => Corpus.Ids(c => !c.IsApi && c.KnownFailure is not null);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_cli_input_is_rejected_with_a_message_naming_where(string id)
    {
        var c = Corpus.Get(id);
        var o = runner.Outcome(id);
        var problems = CaseCheck.Cli(c, o);
        Assert.True(problems.Count == 0,
            $"{id} ({c.Checks}): {string.Join("; ", problems)}\n$ ferrum {o.CommandLine}\nexit {o.ExitCode}\nstderr: {Cut(o.Stderr)}\nstdout: {Cut(o.Stdout)}");
    }

    /// <summary>Known failures stay visible: each still fails (so a fix shows up here) and its reason is printed.</summary>
    [Theory]
    [MemberData(nameof(KnownFailures))]
    public void Known_cli_failure_is_listed_and_still_fails(string id)
    {
        var c = Corpus.Get(id);
        output.WriteLine($"KNOWN FAILURE {id}: {c.KnownFailure}");
        Assert.NotEmpty(CaseCheck.Cli(c, runner.Outcome(id)));
    }

    private static string Cut(string s) => s.Length > 1500 ? s[..1500] + "…" : s;
}
