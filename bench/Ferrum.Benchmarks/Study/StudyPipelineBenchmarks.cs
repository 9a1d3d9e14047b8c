using BenchmarkDotNet.Attributes;
using Ferrum.Study.Runs;

namespace Ferrum.Benchmarks.Study;

/// <summary>
/// <c>ferrum study analyze</c> in process, from CSV bytes to every report file in memory (tables, figures, HTML,
/// results.json). Data: <c>FERRUM_BENCH_STUDY_DIR</c> holding data.csv and spec.yaml (bench/study.sh writes a
/// 10,000-subject, 20-biomarker one there), else samples/study (71 subjects, 4 biomarkers).
/// </summary>
[MemoryDiagnoser]
public class StudyPipelineBenchmarks
{
    private InputFile _data = new("data.csv", []);
    private InputFile _spec = new("spec.yaml", []);

    /// <summary>Reads the inputs (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("FERRUM_BENCH_STUDY_DIR");
        if (dir is not null)
        {
            _data = new InputFile("data.csv", File.ReadAllBytes(Path.Combine(dir, "data.csv")));
            _spec = new InputFile("spec.yaml", File.ReadAllBytes(Path.Combine(dir, "spec.yaml")));
            return;
        }
        var root = FindRoot();
        _data = new InputFile("study-data.csv", File.ReadAllBytes(Path.Combine(root, "samples/study/study-data.csv")));
        _spec = new InputFile("study.yaml", File.ReadAllBytes(Path.Combine(root, "samples/study/study.yaml")));
    }

    /// <summary>The whole analysis and report.</summary>
    [Benchmark]
    public int AnalyzeToReport() => AnalyzeRun.Run(_data, _spec).Files.Count;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ferrum.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Ferrum.slnx not found");
    }
}
