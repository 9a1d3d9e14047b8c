using System.Globalization;
using System.Text;
using System.Text.Json;
using Ferrum.Study.Pipeline;
using Ferrum.Study.Reports;
using Ferrum.Study.Runs;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Reports;

public sealed class StudyReportTests
{
    private static readonly Lazy<(StudyResult Result, IReadOnlyList<ReportFile> Files)> Run = new(() =>
        AnalyzeRun.Run(Samples.Input("samples/study/study-data.csv"), Samples.Input("samples/study/study.yaml")));

    private static string Text(string path) => Encoding.UTF8.GetString(Run.Value.Files.Single(f => f.Path == path).Content);

    private static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = Text(path).TrimEnd('\n').Split('\n');
        var header = Split(lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(Split(l)).ToDictionary(x => x.First, x => x.Second))];
    }

    /// <summary>Splits one CSV record (quoted fields may hold commas).</summary>
    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return [.. fields];
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Roc_and_comparison_tables_hold_the_engine_results_at_full_precision()
    {
        var result = Run.Value.Result;
        var roc = Csv("tables/roc.csv");
        var groups = Csv("tables/group-comparisons.csv");
        foreach (var b in result.Biomarkers)
        {
            var r = roc.Single(x => x["biomarker"] == b.Biomarker);
            Assert.Equal((b.Auc, b.AucCi.Lower, b.AucCi.Upper, b.YoudenThreshold), (D(r["auc"]), D(r["auc_ci_lower"]), D(r["auc_ci_upper"]), D(r["youden_threshold"])));
            var g = groups.Single(x => x["biomarker"] == b.Biomarker);
            Assert.Equal((b.Wilcoxon.Statistic, b.Wilcoxon.PValue, b.PAdjusted, b.Welch.Statistic, b.Smd.Estimate),
                (D(g["wilcoxon_W"]), D(g["wilcoxon_p"]), D(g["p_adjusted"]), D(g["welch_t"]), D(g["smd"])));
            Assert.Equal((b.Cases.N, b.Controls.N), (int.Parse(g["n_case"], CultureInfo.InvariantCulture), int.Parse(g["n_control"], CultureInfo.InvariantCulture)));
        }
        var models = Csv("tables/adjusted-models.csv");
        foreach (var m in result.Models)
            foreach (var t in m.Terms)
            {
                var row = models.Single(x => x["biomarker"] == m.Biomarker && x["term"] == t.Term);
                Assert.Equal((t.Estimate, t.StdError, t.P, t.OddsRatio), (D(row["estimate"]), D(row["std_error"]), D(row["p"]), D(row["odds_ratio"])));
            }
        var severity = Csv("tables/severity-correlations.csv");
        foreach (var b in result.Biomarkers)
            Assert.Equal(b.Spearman!.PValue, D(severity.Single(x => x["biomarker"] == b.Biomarker)["p"]));
    }

    [Fact]
    public void Table1_csv_lists_every_spec_variable_with_the_engine_p_values()
    {
        var t1 = Run.Value.Result.Table1!;
        var csv = Csv("tables/table1.csv");
        Assert.Equal(t1.Rows.Count, csv.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(t1.Rows[i].Variable, csv[i]["variable"]);
            if (!double.IsNaN(t1.Rows[i].P)) Assert.Equal(t1.Rows[i].P, D(csv[i]["p"]));
        }
        Assert.Contains(csv, r => r["variable"] == "Postmenopausal" && r["level"] == "yes");
    }

    [Fact]
    public void Results_json_has_the_design_fields_for_every_biomarker_and_model_term()
    {
        using var doc = JsonDocument.Parse(Text("results.json"));
        string[] fields = ["biomarker", "nCase", "nControl", "auc", "aucCiLower", "aucCiUpper", "direction", "youdenThreshold", "wilcoxonW", "wilcoxonP", "welchT", "welchP", "pAdjusted", "spearmanRho", "spearmanP"];
        var biomarkers = doc.RootElement.GetProperty("biomarkers").EnumerateArray().ToList();
        Assert.Equal(4, biomarkers.Count);
        foreach (var b in biomarkers)
            foreach (var f in fields) Assert.True(b.TryGetProperty(f, out _), $"results.json biomarker lacks {f}");
        var ferritin = biomarkers.Single(b => b.GetProperty("biomarker").GetString() == "ndev_ferritin");
        Assert.Equal(Run.Value.Result.Biomarkers[0].Auc, ferritin.GetProperty("auc").GetDouble());
        string[] modelFields = ["term", "estimate", "stdError", "p", "oddsRatio", "orCiLower", "orCiUpper"];
        var rows = doc.RootElement.GetProperty("adjustedModel").EnumerateArray().ToList();
        Assert.Equal(16, rows.Count);
        foreach (var r in rows)
            foreach (var f in modelFields) Assert.True(r.TryGetProperty(f, out _), $"results.json model row lacks {f}");
        Assert.True(doc.RootElement.GetProperty("synthetic").GetBoolean());
    }

    [Fact]
    public void Figures_are_valid_png_and_svg_and_inline_in_the_report()
    {
        var figures = Run.Value.Files.Where(f => f.Path.StartsWith("figures/", StringComparison.Ordinal)).ToList();
        Assert.Contains(figures, f => f.Path == "figures/roc.png");
        Assert.Contains(figures, f => f.Path == "figures/box-ndev-ferritin.svg");
        Assert.Contains(figures, f => f.Path == "figures/severity-ndev-tfr.png");
        foreach (var png in figures.Where(f => f.Path.EndsWith(".png", StringComparison.Ordinal)))
            Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png.Content.Take(8).ToArray());
        foreach (var svg in figures.Where(f => f.Path.EndsWith(".svg", StringComparison.Ordinal)))
            Assert.Contains("<svg", Encoding.UTF8.GetString(svg.Content), StringComparison.Ordinal);
        var html = Text("report.html");
        Assert.Equal(figures.Count / 2, html.Split("<figure><svg").Length - 1);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Methods_paragraph_names_every_test_and_convention()
    {
        var html = Text("report.html");
        foreach (var phrase in new[] { "Wilcoxon rank-sum", "Hodges–Lehmann", "Welch", "DeLong", "Youden", "roc.test", "Spearman", "glm", "Holm", "tableone", "complete cases", "CD81", "seed 2", "SYNTHETIC" })
            Assert.Contains(phrase, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Provenance_names_each_input_with_its_sha256()
    {
        using var doc = JsonDocument.Parse(Text("provenance.json"));
        var inputs = doc.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        var data = inputs.Single(i => i.GetProperty("role").GetString() == "data");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Samples.Input("samples/study/study-data.csv").Content));
        Assert.Equal(expected, data.GetProperty("sha256").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("seed").GetInt32());
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("ferrumVersion").GetString()));
    }
}
