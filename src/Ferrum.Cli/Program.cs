using Ferrum.Cli.Infrastructure;

namespace Ferrum.Cli;

/// <summary>Entry point of the <c>ferrum</c> command.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => CommandTree.Build().Parse(args).InvokeAsync();
}
