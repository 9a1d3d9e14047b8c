using System.Text.Json;
using Ferrum.Study.Pipeline;
using Ferrum.Study.Runs;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Pipeline;

/// <summary>The pipeline on samples/study against R 4.2 + pROC 1.18 (tests/reference/study/analyze.R).</summary>
public sealed class AgainstRTests
{
    private static readonly Lazy<StudyResult> Result = new(() =>
        AnalyzeRun.Run(Samples.Input("samples/study/study-data.csv"), Samples.Input("samples/study/study.yaml")).Result);

    private static readonly JsonElement Golden = Samples.Golden("analyze.json").RootElement;

    public static TheoryData<string> Biomarkers => new() { "ndev_ferritin", "ndev_tfr", "ndev_ferroportin", "serum_ferritin" };

    private static void Close(double expected, double actual, double relative, string what)
    {
        var ok = Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(ok, $"{what}: R {expected:R}, Ferrum {actual:R}");
    }

    [Theory]
    [MemberData(nameof(Biomarkers))]
    public void Group_comparison_ROC_and_correlation_match_R(string biomarker)
    {
        var r = Golden.GetProperty("biomarkers").EnumerateArray().Single(e => e.GetProperty("biomarker").GetString() == biomarker);
        var b = Result.Value.Biomarkers.Single(x => x.Biomarker == biomarker);
        double G(string name) => r.GetProperty(name).GetDouble();
        Assert.Equal((r.GetProperty("nCase").GetInt32(), r.GetProperty("nControl").GetInt32()), (b.Cases.N, b.Controls.N));
        Close(G("wilcoxonW"), b.Wilcoxon.Statistic, 1e-12, "W");
        Close(G("wilcoxonP"), b.Wilcoxon.PValue, 1e-9, "Wilcoxon p");
        Close(G("hodgesLehmann"), b.Wilcoxon.Estimates.Values.First(), 1e-6, "Hodges–Lehmann");
        Close(G("hlCiLower"), b.Wilcoxon.ConfidenceInterval!.Value.Lower, 1e-4, "HL CI lower");
        Close(G("welchT"), b.Welch.Statistic, 1e-9, "t");
        Close(G("welchDf"), b.Welch.Parameters["df"], 1e-9, "df");
        Close(G("welchP"), b.Welch.PValue, 1e-8, "Welch p");
        Close(G("auc"), b.Auc, 1e-12, "AUC");
        Close(G("aucCiLower"), b.AucCi.Lower, 1e-9, "AUC CI lower");
        Close(G("aucCiUpper"), b.AucCi.Upper, 1e-9, "AUC CI upper");
        Assert.Equal(r.GetProperty("direction").GetString(), b.Direction);
        Close(G("youdenThreshold"), b.YoudenThreshold, 1e-12, "Youden threshold");
        Close(G("sensitivity"), b.Sensitivity, 1e-12, "sensitivity");
        Close(G("specificity"), b.Specificity, 1e-12, "specificity");
        Close(G("spearmanRho"), b.Spearman!.Estimates.Values.First(), 1e-12, "rho");
        Close(G("spearmanP"), b.Spearman.PValue, 1e-6, "Spearman p");
        Close(G("pAdjusted"), b.PAdjusted, 1e-9, "Holm-adjusted p");
    }

    [Theory]
    [MemberData(nameof(Biomarkers))]
    public void Adjusted_logistic_model_per_SD_matches_R_glm(string biomarker)
    {
        var r = Golden.GetProperty("biomarkers").EnumerateArray().Single(e => e.GetProperty("biomarker").GetString() == biomarker).GetProperty("model");
        var m = Result.Value.Models.Single(x => x.Biomarker == biomarker);
        double[] Column(string name) => [.. r.GetProperty(name).EnumerateArray().Select(e => e.GetDouble())];
        var (est, se, p, lo, hi) = (Column("estimate"), Column("stdError"), Column("p"), Column("orCiLower"), Column("orCiUpper"));
        Assert.Equal(est.Length, m.Terms.Count);
        for (var i = 0; i < est.Length; i++)
        {
            Close(est[i], m.Terms[i].Estimate, 1e-6, $"{m.Terms[i].Term} estimate");
            Close(se[i], m.Terms[i].StdError, 1e-6, $"{m.Terms[i].Term} SE");
            Close(p[i], m.Terms[i].P, 1e-5, $"{m.Terms[i].Term} p");
            Close(lo[i], m.Terms[i].OrCiLower, 1e-6, $"{m.Terms[i].Term} OR CI lower");
            Close(hi[i], m.Terms[i].OrCiUpper, 1e-6, $"{m.Terms[i].Term} OR CI upper");
        }
        Assert.Equal(biomarker + " (per SD)", m.Terms[1].Term);
    }

    [Fact]
    public void Paired_DeLong_AUC_comparisons_match_pROC_roc_test()
    {
        foreach (var r in Golden.GetProperty("comparisons").EnumerateArray())
        {
            var c = Result.Value.AucComparisons.Single(x => x.First == r.GetProperty("first").GetString() && x.Second == r.GetProperty("second").GetString());
            Close(r.GetProperty("z").GetDouble(), c.Test.Statistic, 1e-9, $"{c.First} vs {c.Second} Z");
            Close(r.GetProperty("p").GetDouble(), c.Test.PValue, 1e-8, $"{c.First} vs {c.Second} p");
        }
    }

    [Theory]
    [InlineData("tableone", "age", "Age (years)")]
    [InlineData("tableone", "hemoglobin", "Hemoglobin (g/dL)")]
    [InlineData("tableone", "serum_ferritin", "Serum ferritin (ng/mL)")]
    [InlineData("tableone", "postmenopausal", "Postmenopausal, n (%)")]
    [InlineData("gtsummary", "age", "Age (years)")]
    [InlineData("gtsummary", "serum_ferritin", "Serum ferritin (ng/mL)")]
    [InlineData("gtsummary", "postmenopausal", "Postmenopausal, n (%)")]
    public void Table1_p_values_follow_the_R_package_conventions(string style, string variable, string row)
    {
        var yaml = System.Text.Encoding.UTF8.GetString(Samples.Input("samples/study/study.yaml").Content).Replace("table1: tableone", "table1: " + style, StringComparison.Ordinal);
        var result = style == "tableone" ? Result.Value
            : AnalyzeRun.Run(Samples.Input("samples/study/study-data.csv"), new InputFile("study.yaml", System.Text.Encoding.UTF8.GetBytes(yaml))).Result;
        var p = result.Table1!.Rows.Single(r => r.Variable == row && r.Level.Length == 0).P;
        Close(Golden.GetProperty("table1").GetProperty(style).GetProperty(variable).GetDouble(), p, 1e-9, $"{style} {variable} p");
    }
}
