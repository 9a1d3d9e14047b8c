using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class RootCommandTests
{
    [Fact]
    public void Help_lists_the_program_and_exits_0()
    {
        var run = FerrumProcess.Run("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ferrum", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_exits_non_zero_without_a_stack_trace()
    {
        var run = FerrumProcess.Run("no-such-command");
        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
