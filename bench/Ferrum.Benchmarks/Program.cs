using BenchmarkDotNet.Running;

namespace Ferrum.Benchmarks;

/// <summary>
/// Runs Ferrum's BenchmarkDotNet suites: <c>dotnet run -c Release --project bench/Ferrum.Benchmarks -- --filter '*'</c>.
/// Side-by-side comparisons with the R and Python peers live in <c>bench/peers/</c> and <c>bench/*.sh</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
