using System.Text.Json.Nodes;
using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class FhirCommandTests : IDisposable
{
    private const string Bundle = "samples/fhir/rls-iron-deficient-bundle.json";
    private readonly string _dir = Directory.CreateTempSubdirectory("ferrum-cli-fhir-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Assess_fhir_json_prints_only_the_contract_json_and_reports_mapping_issues_on_stderr()
    {
        var run = FerrumProcess.Run("assess", "--fhir", Bundle, "--format", "json", "--date", "2026-11-01");
        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("met", (string)json["rls"]!["status"]!);
        Assert.Equal(24, (int)json["rls"]!["irlsTotal"]!);
        Assert.Contains("Observation/hb-no-unit", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("[observation.unit-missing]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_fhir_with_format_fhir_writes_a_collection_bundle()
    {
        var run = FerrumProcess.Run("assess", "--fhir", Bundle, "--format", "fhir", "--date", "2026-11-01");
        Assert.Equal(0, run.ExitCode);
        var bundle = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("Bundle", (string)bundle["resourceType"]!);
        var types = bundle["entry"]!.AsArray().Select(e => (string)e!["resource"]!["resourceType"]!).ToList();
        Assert.Contains("ClinicalImpression", types);
        Assert.Contains("DetectedIssue", types);
        Assert.Contains("OperationOutcome", types);
    }

    [Theory]
    [InlineData("does-not-exist.json", "file.not-found")]
    [InlineData("README.md", "fhir.invalid-json")]
    public void Assess_fhir_with_bad_input_exits_2_naming_the_problem(string file, string code)
    {
        var run = FerrumProcess.Run("assess", "--fhir", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(code, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_then_bulk_screening_writes_results_summary_and_report()
    {
        var export = Path.Combine(_dir, "export");
        var synth = FerrumProcess.Run("synth", "fhir", "--patients", "150", "--out", export, "--date", "2026-11-01", "--files-per-type", "2", "--gzip");
        Assert.Equal(0, synth.ExitCode);
        var output = Path.Combine(_dir, "screen");
        var run = FerrumProcess.Run("assess", "--bulk", export, "--out", output, "--date", "2026-11-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Screened 150 patients", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("RLS iron-therapy category:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("observation.code-not-used", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(151, File.ReadAllLines(Path.Combine(output, "summary.csv")).Length);
        Assert.True(File.Exists(Path.Combine(output, "results.ndjson")));
        Assert.Equal(150, (int)JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!["patients"]!);
        Assert.Contains("MB per CPU second", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(output, "errors.ndjson"), run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bulk_screening_lists_per_resource_issues_with_file_and_line_and_keeps_going()
    {
        var export = Directory.CreateDirectory(Path.Combine(_dir, "bad-export")).FullName;
        File.WriteAllText(Path.Combine(export, "Patient.ndjson"),
            "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\",\"birthDate\":\"1980-01-01\"}\n{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gen");
        var output = Path.Combine(_dir, "bad-screen");
        var run = FerrumProcess.Run("assess", "--bulk", export, "--out", output, "--date", "2026-11-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Patient.ndjson:2 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("ndjson.invalid-line", run.Stdout, StringComparison.Ordinal);
        var error = JsonNode.Parse(File.ReadAllLines(Path.Combine(output, "errors.ndjson")).Single())!;
        Assert.Equal(2, (int)error["line"]!);
        Assert.Equal("Patient.ndjson", (string)error["file"]!);
    }

    [Fact]
    public void Bulk_without_an_output_folder_exits_2()
    {
        var run = FerrumProcess.Run("assess", "--bulk", _dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bulk.out-missing", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_with_zero_patients_exits_2()
    {
        var run = FerrumProcess.Run("synth", "fhir", "--patients", "0", "--out", _dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--patients", run.Stderr, StringComparison.Ordinal);
    }
}
