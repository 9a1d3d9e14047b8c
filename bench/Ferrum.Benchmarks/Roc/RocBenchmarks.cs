using BenchmarkDotNet.Attributes;
using Ferrum.Statistics.Roc;

namespace Ferrum.Benchmarks.Roc;

/// <summary>AUC + DeLong CI against the floor of sorting the same values once.</summary>
[MemoryDiagnoser]
public class RocBenchmarks
{
    private double[] controls = [];
    private double[] cases = [];
    private double[] all = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20261124);
        controls = new double[N / 2];
        cases = new double[N - (N / 2)];
        for (var i = 0; i < controls.Length; i++) controls[i] = Gaussian(rng);
        for (var i = 0; i < cases.Length; i++) cases[i] = Gaussian(rng) + 0.8;
        all = [.. controls, .. cases];
    }

    [Benchmark(Baseline = true)]
    public double SortOnce()
    {
        var copy = (double[])all.Clone();
        Array.Sort(copy);
        return copy[0];
    }

    [Benchmark]
    public double AucWithDeLongCi() => DeLong.Estimate(controls, cases).ConfidenceInterval.Lower;

    [Benchmark]
    public double CurveWithDeLongCi()
    {
        var roc = RocCurve.Create(controls, cases);
        return DeLong.Estimate(roc).ConfidenceInterval.Lower;
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
