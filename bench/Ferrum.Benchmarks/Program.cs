using BenchmarkDotNet.Running;
using Ferrum.Benchmarks.Compare;

namespace Ferrum.Benchmarks;

/// <summary>
/// Runs Ferrum's BenchmarkDotNet suites: <c>dotnet run -c Release --project bench/Ferrum.Benchmarks -- --filter '*'</c>.
/// Side-by-side comparisons with the R and Python peers live in <c>bench/peers/</c> and <c>bench/*.sh</c>;
/// <c>-- compare roc|sort FILE</c> is the timed console mode <c>bench/compare.sh</c> uses.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "compare") return CompareCommand.Run(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
