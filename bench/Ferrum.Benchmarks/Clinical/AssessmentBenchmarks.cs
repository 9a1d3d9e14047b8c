using BenchmarkDotNet.Attributes;
using Ferrum.Clinical;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;

namespace Ferrum.Benchmarks.Clinical;

/// <summary>
/// Assessments per second of the clinical engine on the bundled sample patients:
/// <c>dotnet run -c Release --project bench/Ferrum.Benchmarks -- --filter '*AssessmentBenchmarks*'</c>.
/// One operation assesses all samples; assessments/s = samples × 1e9 / mean(ns).
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private AssessmentInput[] inputs = [];
    private string[] json = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = FindSamples();
        json = [.. Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        inputs = [.. json.Select(j => AssessmentInputReader.Read(j).GetInputOrThrow())];
    }

    /// <summary>The engine alone on parsed inputs.</summary>
    [Benchmark(Description = "engine: assess all samples")]
    public int Engine()
    {
        var n = 0;
        foreach (var input in inputs) n += AssessmentEngine.Assess(input, Today).Findings.Count;
        return n;
    }

    /// <summary>Read JSON, assess and write JSON, as the API does per request.</summary>
    [Benchmark(Description = "read + assess + write JSON, all samples")]
    public int ReadAssessWrite()
    {
        var n = 0;
        foreach (var text in json)
            n += AssessmentResultWriter.ToJson(AssessmentEngine.Assess(AssessmentInputReader.Read(text).GetInputOrThrow(), Today)).Length;
        return n;
    }

    private static string FindSamples()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Ferrum.slnx"))) return Path.Combine(d.FullName, "samples", "patients");
        throw new DirectoryNotFoundException("samples/patients not found above " + AppContext.BaseDirectory);
    }
}
