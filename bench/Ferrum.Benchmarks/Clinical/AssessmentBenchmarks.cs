using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
[MinColumn]
[MedianColumn]
public class AssessmentBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private AssessmentInput[] inputs = [];
    private string[] json = [];
    private AssessmentResult[] results = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = FindSamples();
        json = [.. Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        inputs = [.. json.Select(j => AssessmentInputReader.Read(j).GetInputOrThrow())];
        results = [.. inputs.Select(i => AssessmentEngine.Assess(i, Today))];
    }

    /// <summary>The engine alone on parsed inputs.</summary>
    [Benchmark(Description = "engine: assess all samples")]
    public int Engine()
    {
        var n = 0;
        foreach (var input in inputs) n += AssessmentEngine.Assess(input, Today).Findings.Count;
        return n;
    }

    /// <summary>The reader alone: JSON text to validated input.</summary>
    [Benchmark(Description = "read JSON, all samples")]
    public int Read()
    {
        var n = 0;
        foreach (var text in json) n += AssessmentInputReader.Read(text).Input!.Labs.Count;
        return n;
    }

    /// <summary>The floor under the reader: System.Text.Json parsing the same text into a JsonDocument, no validation.</summary>
    [Benchmark(Description = "parse JSON only (JsonDocument), all samples")]
    public int ParseOnly()
    {
        var n = 0;
        foreach (var text in json)
        {
            using var doc = JsonDocument.Parse(text);
            n += doc.RootElement.GetPropertyCount();
        }
        return n;
    }

    /// <summary>The writer alone on assessed results.</summary>
    [Benchmark(Description = "write JSON, all samples")]
    public int Write()
    {
        var n = 0;
        foreach (var r in results) n += AssessmentResultWriter.ToJson(r).Length;
        return n;
    }

    /// <summary>
    /// The writer as it was before the buffer reuse (fresh MemoryStream and Utf8JsonWriter per call, ToArray, decode),
    /// kept to compare both in one run on a loaded machine.
    /// </summary>
    [Benchmark(Description = "write JSON, fresh MemoryStream per call (before)")]
    public int WriteFreshStream()
    {
        var n = 0;
        foreach (var r in results)
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms, WriterOptions)) AssessmentResultWriter.Write(w, r);
            n += Encoding.UTF8.GetString(ms.ToArray()).Length;
        }
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
