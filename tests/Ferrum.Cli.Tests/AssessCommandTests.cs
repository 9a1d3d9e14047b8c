using System.Text.Json;
using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class AssessCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ferrum-assess-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    private const string Sample = "samples/patients/rls-iron-deficient-adult.json";

    [Fact]
    public void Readme_main_command_prints_a_text_report_and_exits_0()
    {
        var run = FerrumProcess.Run("assess", Sample, "--date", "2026-11-24");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ferrum assessment, 2026-11-24, rule set ferrum-guidelines/2026.1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Guidance suggests: oral-or-iv-iron", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("does not prescribe", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Json_format_writes_only_the_contract_to_stdout()
    {
        var run = FerrumProcess.Run("assess", Sample, "--format", "json", "--date", "2026-11-24");
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("met", root.GetProperty("rls").GetProperty("status").GetString());
        Assert.Equal(24, root.GetProperty("rls").GetProperty("irlsTotal").GetInt32());
        Assert.Equal("severe", root.GetProperty("rls").GetProperty("irlsSeverity").GetString());
        Assert.Equal("present", root.GetProperty("iron").GetProperty("ironDeficiency").GetString());
        Assert.Equal(120, root.GetProperty("iron").GetProperty("hemoglobinThresholdGPerL").GetDouble());
        Assert.Equal("oral-or-iv-iron", root.GetProperty("therapy").GetProperty("recommendation").GetString());
        Assert.Equal("ferrum-guidelines/2026.1", root.GetProperty("ruleSet").GetString());
        Assert.All(root.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("citations").GetArrayLength() > 0));
    }

    [Fact]
    public void Html_format_writes_a_printable_page_to_the_out_file()
    {
        var outFile = Path.Combine(dir, "report.html");
        var run = FerrumProcess.Run("assess", Sample, "--format", "html", "--out", outFile, "--date", "2026-11-24");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var html = File.ReadAllText(outFile);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("AASM 2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_exits_2_naming_file_and_line()
    {
        var path = Write("broken.json", "{\n  \"patient\": { \"ageYears\": 45, \"sex\": \"female\" \n");
        var run = FerrumProcess.Run("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: broken.json: the file is not valid JSON at line 3, position 1: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("[json.malformed]", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        {
            """{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"2276-4","value":42,"unit":"ng/furlong"}]}""",
            "error: bad.json: $.labs[0].unit: unknown unit for Ferritin (got 'ng/furlong'); accepted: ug/L, ng/mL, pmol/L [unit.unknown]"
        },
        {
            """{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"718-7","value":112,"unit":"g/dL"}]}""",
            "error: bad.json: $.labs[0].value: Hemoglobin is outside the physiologically plausible range (got '112 g/dL'); accepted: 10 to 250 g/L [value.implausible]"
        },
        {
            """{"patient":{"ageYears":45,"sex":"female"},"irls":[3,3,2,2,7,2,2,2,3,2]}""",
            "error: bad.json: $.irls[4]: IRLS item 5 is out of range (got '7'); accepted: a whole number 0 to 4 [irls.item-out-of-range]"
        },
        {
            """{"patient":{"ageYears":45,"sex":"female","trimester":2,"pregnant":false}}""",
            "error: bad.json: $.patient.trimester: trimester is given but pregnant is false (got '2'); accepted: null unless pregnant [trimester.not-pregnant]"
        },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_with_path_value_and_accepted_range(string json, string message)
    {
        var run = FerrumProcess.Run("assess", Write("bad.json", json));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Unknown_loinc_is_a_warning_and_the_assessment_still_runs()
    {
        var path = Write("loinc.json", """{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"99999-5","value":1,"unit":"g/L"}]}""");
        var run = FerrumProcess.Run("assess", path, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: loinc.json: $.labs[0].loinc: unknown LOINC code; the result is ignored (got '99999-5')", run.Stderr, StringComparison.Ordinal);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("loinc.unknown", root.GetProperty("warnings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Missing_file_and_missing_input_exit_2()
    {
        var missing = FerrumProcess.Run("assess", Path.Combine(dir, "nope.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("[file.not-found]", missing.Stderr, StringComparison.Ordinal);
        var none = FerrumProcess.Run("assess");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("[input.missing]", none.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_refused()
    {
        var run = FerrumProcess.Run("assess", Sample, "--format", "pdf");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("pdf", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_the_same_under_german_culture()
    {
        var psiEnv = FerrumProcess.RunWithEnvironment(new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false" },
            "assess", "samples/patients/rls-intermittent-si-units.json", "--format", "json", "--date", "2026-11-24");
        var invariant = FerrumProcess.Run("assess", "samples/patients/rls-intermittent-si-units.json", "--format", "json", "--date", "2026-11-24");
        Assert.Equal(0, psiEnv.ExitCode);
        Assert.Equal(invariant.Stdout, psiEnv.Stdout);
        Assert.Contains("\"tsatPercent\": 12.5", psiEnv.Stdout, StringComparison.Ordinal);
    }
}
