using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class StudyCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "ferrum-study-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(_out);
        var path = Path.Combine(_out, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static bool IsPng(string path) => File.ReadAllBytes(path).Take(4).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47 });

    [Fact]
    public void Elisa_on_the_sample_plates_writes_concentrations_qc_and_curve_figures()
    {
        var plates = Directory.GetFiles(Path.Combine(FerrumProcess.RepoRoot, "samples/study/plates"), "*.csv").Order(StringComparer.Ordinal).ToArray();
        var run = FerrumProcess.Run(["study", "elisa", .. plates, "--layout", "samples/study/layout.yaml", "--out", _out]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("8 plate reads", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("fitting the standard curve", run.Stderr, StringComparison.Ordinal);
        var concentrations = File.ReadAllLines(Path.Combine(_out, "concentrations.csv"));
        Assert.Equal(1 + 4 * 71, concentrations.Length);
        Assert.Contains(concentrations, l => l.Contains("high CV", StringComparison.Ordinal));
        Assert.True(IsPng(Path.Combine(_out, "figures/curve-p1-ndev-ferritin.png")));
        Assert.True(File.Exists(Path.Combine(_out, "tables/plate-qc.csv")));
        Assert.True(File.Exists(Path.Combine(_out, "elisa-report.html")));
    }

    [Fact]
    public void Analyze_on_the_sample_study_writes_report_tables_figures_and_json()
    {
        var run = FerrumProcess.Run("study", "analyze", "samples/study/study-data.csv", "--spec", "samples/study/study.yaml", "--out", _out);
        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var f in new[] { "report.html", "results.json", "provenance.json", "tables/table1.csv", "tables/roc.csv", "figures/roc.svg", "figures/box-ndev-tfr.png" })
            Assert.True(new FileInfo(Path.Combine(_out, f)) is { Exists: true, Length: > 0 }, f);
        Assert.Contains("biomarker ndev_ferritin", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_naming_an_unknown_column_exits_2_naming_spec_key_and_column()
    {
        var spec = Write("bad.yaml", File.ReadAllText(Path.Combine(FerrumProcess.RepoRoot, "samples/study/study.yaml")).Replace("covariates: [age, hemoglobin]", "covariates: [age, bmi]", StringComparison.Ordinal));
        var run = FerrumProcess.Run("study", "analyze", "samples/study/study-data.csv", "--spec", spec, "--out", _out);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.yaml: covariates[1]", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("'bmi'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_a_word_in_a_number_column_exits_2_naming_file_row_and_column()
    {
        var lines = File.ReadAllLines(Path.Combine(FerrumProcess.RepoRoot, "samples/study/study-data.csv"));
        var header = lines[0].Split(',');
        var col = Array.IndexOf(header, "age");
        var cells = lines[3].Split(',');
        cells[col] = "forty";
        lines[3] = string.Join(',', cells);
        var data = Write("data.csv", string.Join('\n', lines) + "\n");
        var run = FerrumProcess.Run("study", "analyze", data, "--spec", "samples/study/study.yaml", "--out", _out);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("data.csv: row 4: field 'age': expected a number (got 'forty')", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_label_absent_from_the_data_exits_2()
    {
        var spec = Write("s.yaml", File.ReadAllText(Path.Combine(FerrumProcess.RepoRoot, "samples/study/study.yaml")).Replace("control: non-RLS", "control: Healthy", StringComparison.Ordinal));
        var run = FerrumProcess.Run("study", "analyze", "samples/study/study-data.csv", "--spec", spec, "--out", _out);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("group.control", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("[study.group-label-absent]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_file_exits_2()
    {
        var run = FerrumProcess.Run("study", "analyze", "no-such.csv", "--spec", "samples/study/study.yaml", "--out", _out);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such.csv", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_runs_end_to_end_and_labels_everything_synthetic()
    {
        var run = FerrumProcess.Run("study", "demo", "--out", _out);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("SYNTHETIC", run.Stdout, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_out, "report.html"));
        Assert.Contains("SYNTHETIC DATA", html, StringComparison.Ordinal);
        Assert.Contains("higher NDEV ferritin and lower NDEV transferrin receptor", html, StringComparison.Ordinal);
        foreach (var csv in Directory.GetFiles(_out, "*.csv", SearchOption.AllDirectories).Where(f => !f.Contains("plates", StringComparison.Ordinal)))
            Assert.StartsWith("data,", File.ReadLines(csv).First(), StringComparison.Ordinal);
        Assert.Contains("\"synthetic\": true", File.ReadAllText(Path.Combine(_out, "results.json")), StringComparison.Ordinal);
        Assert.True(IsPng(Path.Combine(_out, "figures/roc.png")));
        Assert.True(File.Exists(Path.Combine(_out, "elisa/figures/curve-p2-cd81.svg")));
    }

    [Theory]
    [InlineData("--auc", "0.75", "19 cases and 19 controls")]
    [InlineData("--effect-size", "0.5", "64 per group")]
    public void Power_gives_the_sample_size_R_gives(string option, string value, string expected)
    {
        var run = FerrumProcess.Run("study", "power", option, value);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_with_an_impossible_auc_exits_2()
    {
        var run = FerrumProcess.Run("study", "power", "--auc", "1.3");
        Assert.Equal(2, run.ExitCode);
    }
}
