using System.Globalization;
using BenchmarkDotNet.Attributes;
using Ferrum.Statistics.DoseResponse;

namespace Ferrum.Benchmarks;

/// <summary>
/// A 4PL fit (drc self-start + Levenberg–Marquardt + observed-information SEs) of an 8-point standard curve,
/// the work <c>bench/peers/fit_4pl.py</c> times with scipy's curve_fit. Data: <c>bench/data/fit_4pl_8point.csv</c>
/// or the CSV named by the environment variable <c>FERRUM_BENCH_4PL_CSV</c>.
/// </summary>
[MemoryDiagnoser]
public class DoseResponseBenchmarks
{
    private double[] _conc = [];
    private double[] _response = [];

    /// <summary>Loads the curve.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("FERRUM_BENCH_4PL_CSV") ?? FindDefault();
        var rows = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        _conc = rows.Select(r => r[0]).ToArray();
        _response = rows.Select(r => r[1]).ToArray();
    }

    /// <summary>One complete 4PL fit.</summary>
    [Benchmark]
    public double Fit4Pl() => DoseResponseCurve.Fit(_conc, _response).Parameters.E;

    private static string FindDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "data", "fit_4pl_8point.csv");
            if (File.Exists(candidate)) return candidate;
        }

        throw new FileNotFoundException("bench/data/fit_4pl_8point.csv not found; set FERRUM_BENCH_4PL_CSV");
    }
}
