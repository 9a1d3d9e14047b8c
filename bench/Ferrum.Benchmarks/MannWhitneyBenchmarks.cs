using BenchmarkDotNet.Attributes;
using Ferrum.Statistics.Tests;

namespace Ferrum.Benchmarks;

/// <summary>
/// Wilcoxon–Mann–Whitney rank sum test (normal approximation with tie and continuity correction, as R's
/// <c>wilcox.test</c> at these sizes) on two groups of n/2 values rounded to 3 decimals (so there are ties),
/// next to sorting the same data once. Peer: <c>bench/peers/mann_whitney.R</c>.
/// </summary>
[MemoryDiagnoser]
public class MannWhitneyBenchmarks
{
    private double[] _x = [];
    private double[] _y = [];
    private double[] _pooled = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261124);
        double Normal(double mean)
        {
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            return Math.Round(mean + Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), 3);
        }

        _x = Enumerable.Range(0, N / 2).Select(_ => Normal(0.1)).ToArray();
        _y = Enumerable.Range(0, N - N / 2).Select(_ => Normal(0)).ToArray();
        _pooled = [.. _x, .. _y];
    }

    [Benchmark(Description = "wilcox.test (W, p)")]
    public double RankSum() => WilcoxonTest.RankSum(_x, _y).PValue;

    [Benchmark(Description = "wilcox.test conf.int = TRUE (W, p, Hodges-Lehmann CI)")]
    public double RankSumWithInterval() => WilcoxonTest.RankSum(_x, _y, confInt: true).ConfidenceInterval!.Value.Lower;

    [Benchmark(Baseline = true, Description = "sort the pooled data once")]
    public double SortOnce()
    {
        var copy = (double[])_pooled.Clone();
        Array.Sort(copy);
        return copy[0];
    }
}
