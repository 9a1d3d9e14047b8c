using System.Globalization;
using Ferrum.Statistics.Common;
using Ferrum.Study.Pipeline;

namespace Ferrum.Study.Reports;

/// <summary>The tables of a study report, at full precision (the HTML shortens numbers for reading; the CSVs keep them).</summary>
public static class StudyTables
{
    /// <summary>Table 1, or null when the study has none.</summary>
    public static Table? Table1(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Table1 is not { } t) return null;
        var tableone = t.Style == Specs.Table1Style.TableOne;
        return new Table("table1", "Table 1. Characteristics by group. " + t.Footnote,
            tableone ? ["variable", "level", t.CaseHeader, t.ControlHeader, "p", "test", "smd", "missing"] : ["variable", "level", t.CaseHeader, t.ControlHeader, "p", "test", "missing"],
            [.. t.Rows.Select(r => (IReadOnlyList<string>)(tableone
                ? [r.Variable, r.Level, r.Cases, r.Controls, Format.R(r.P), r.Test, Format.R(r.Smd), Format.I(r.Missing)]
                : [r.Variable, r.Level, r.Cases, r.Controls, Format.R(r.P), r.Test, Format.I(r.Missing)]))]);
    }

    /// <summary>Group comparisons: summaries, Wilcoxon with Hodges–Lehmann shift, Welch t, adjusted p.</summary>
    public static Table GroupComparisons(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var g = result.Spec.Group;
        return new Table("group-comparisons", $"Group comparisons per biomarker ({g.Case} vs {g.Control}; complete cases per biomarker; p adjusted across biomarkers by {result.Spec.Multiplicity})",
            ["biomarker", "label", "n_case", "n_control", "median_case", "q1_case", "q3_case", "median_control", "q1_control", "q3_control", "mean_case", "sd_case", "mean_control", "sd_control",
             "wilcoxon_W", "wilcoxon_p", "p_adjusted", "hodges_lehmann", "hl_ci_lower", "hl_ci_upper", "rank_biserial", "welch_t", "welch_df", "welch_p", "mean_diff_ci_lower", "mean_diff_ci_upper", "smd"],
            [.. result.Biomarkers.Select(b => (IReadOnlyList<string>)[b.Biomarker, b.Label, Format.I(b.Cases.N), Format.I(b.Controls.N),
                Format.R(b.Cases.Median), Format.R(b.Cases.Q1), Format.R(b.Cases.Q3), Format.R(b.Controls.Median), Format.R(b.Controls.Q1), Format.R(b.Controls.Q3),
                Format.R(b.Cases.Mean), Format.R(b.Cases.Sd), Format.R(b.Controls.Mean), Format.R(b.Controls.Sd),
                Format.R(b.Wilcoxon.Statistic), Format.R(b.Wilcoxon.PValue), Format.R(b.PAdjusted),
                Format.R(b.Wilcoxon.Estimates.Values.FirstOrDefault(double.NaN)), Format.R(b.Wilcoxon.ConfidenceInterval?.Lower ?? double.NaN), Format.R(b.Wilcoxon.ConfidenceInterval?.Upper ?? double.NaN),
                Format.R(b.RankBiserial.Estimate),
                Format.R(b.Welch.Statistic), Format.R(b.Welch.Parameters.GetValueOrDefault("df", double.NaN)), Format.R(b.Welch.PValue),
                Format.R(b.Welch.ConfidenceInterval?.Lower ?? double.NaN), Format.R(b.Welch.ConfidenceInterval?.Upper ?? double.NaN), Format.R(b.Smd.Estimate)])]);
    }

    /// <summary>The readable form of <see cref="GroupComparisons"/> shown in report.html (the CSV keeps every column).</summary>
    public static Table GroupComparisonsSummary(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var full = GroupComparisons(result);
        static string Iqr(GroupSummary g) => string.Create(CultureInfo.InvariantCulture, $"{g.Median:G4} [{g.Q1:G4}, {g.Q3:G4}]");
        static string Ci(double estimate, ConfidenceInterval? ci) => string.Create(CultureInfo.InvariantCulture, $"{estimate:G3} ({ci?.Lower:G3} to {ci?.Upper:G3})");
        return new Table(full.Name, full.Title, ["biomarker", "n (case/control)", "case median [IQR]", "control median [IQR]", "wilcoxon_p", "p_adjusted", "Hodges–Lehmann shift (CI)", "rank-biserial r", "welch_p", "SMD"],
            [.. result.Biomarkers.Select(b => (IReadOnlyList<string>)[b.Label, $"{b.Cases.N}/{b.Controls.N}", Iqr(b.Cases), Iqr(b.Controls),
                Format.R(b.Wilcoxon.PValue), Format.R(b.PAdjusted), Ci(b.Wilcoxon.Estimates.Values.FirstOrDefault(double.NaN), b.Wilcoxon.ConfidenceInterval),
                Format.N(b.RankBiserial.Estimate), Format.R(b.Welch.PValue), Format.N(b.Smd.Estimate)])]);
    }

    /// <summary>ROC per biomarker: AUC with DeLong CI, direction, Youden threshold and its sensitivity/specificity.</summary>
    public static Table Roc(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var level = result.Spec.ConfidenceLevel;
        return new Table("roc", $"ROC analysis per biomarker ({result.Spec.Group.Case} = positive class; AUC {level:P0} CI by DeLong; Youden-optimal threshold)",
            ["biomarker", "n_case", "n_control", "auc", "auc_ci_lower", "auc_ci_upper", "direction", "youden_threshold", "sensitivity", "specificity"],
            [.. result.Biomarkers.Select(b => (IReadOnlyList<string>)[b.Biomarker, Format.I(b.Cases.N), Format.I(b.Controls.N), Format.R(b.Auc), Format.R(b.AucCi.Lower), Format.R(b.AucCi.Upper),
                b.Direction, Format.R(b.YoudenThreshold), Format.R(b.Sensitivity), Format.R(b.Specificity)])]);
    }

    /// <summary>Pairwise AUC comparisons (DeLong, paired).</summary>
    public static Table AucComparisons(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table("auc-comparisons", "Pairwise AUC comparisons (DeLong's test for two correlated ROC curves, subjects with both biomarkers)",
            ["first", "second", "n", "auc_first", "auc_second", "z", "p", "warning"],
            [.. result.AucComparisons.Select(c => (IReadOnlyList<string>)[c.First, c.Second, Format.I(c.N), Format.R(c.AucFirst), Format.R(c.AucSecond), Format.R(c.Test.Statistic), Format.R(c.Test.PValue), c.Warning ?? ""])]);
    }

    /// <summary>Spearman correlation of each biomarker with severity within cases.</summary>
    public static Table? Severity(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Spec.Severity is not { } sev) return null;
        return new Table("severity-correlations", $"Spearman correlation with {result.Spec.Describe(sev).Display} within cases",
            ["biomarker", "n", "rho", "S", "p"],
            [.. result.Biomarkers.Select(b => (IReadOnlyList<string>)[b.Biomarker, Format.I(b.SpearmanN), Format.R(b.Spearman?.Estimates.Values.FirstOrDefault(double.NaN) ?? double.NaN),
                Format.R(b.Spearman?.Statistic ?? double.NaN), Format.R(b.Spearman?.PValue ?? double.NaN)])]);
    }

    /// <summary>Adjusted logistic regression, one block of rows per biomarker.</summary>
    public static Table Models(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var covariates = result.Spec.Covariates.Count == 0 ? "no covariates" : "adjusted for " + string.Join(", ", result.Spec.Covariates);
        return new Table("adjusted-models", $"Logistic regression of {result.Spec.Group.Case} vs {result.Spec.Group.Control} on each biomarker, {covariates} (complete cases; Wald CIs)",
            ["biomarker", "n", "n_case", "n_control", "term", "estimate", "std_error", "z", "p", "odds_ratio", "or_ci_lower", "or_ci_upper", "note"],
            [.. result.Models.SelectMany(m => m.Terms.Count == 0
                ? [(IReadOnlyList<string>)[m.Biomarker, Format.I(m.N), Format.I(m.NCase), Format.I(m.NControl), "", "", "", "", "", "", "", "", m.Problem ?? ""]]
                : m.Terms.Select(t => (IReadOnlyList<string>)[m.Biomarker, Format.I(m.N), Format.I(m.NCase), Format.I(m.NControl), t.Term, Format.R(t.Estimate), Format.R(t.StdError), Format.R(t.Z), Format.R(t.P),
                    Format.R(t.OddsRatio), Format.R(t.OrCiLower), Format.R(t.OrCiUpper), m.Problem ?? ""]))]);
    }

    /// <summary>Normalisation applied, with subjects lost to a missing divisor or a non-positive value before the log.</summary>
    public static Table? Normalisation(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Normalisation.Count == 0) return null;
        return new Table("normalisation", "Per-subject normalisation", ["biomarker", "analysed_as", "lost_missing_divisor", "lost_non_positive_for_log"],
            [.. result.Normalisation.Select(n => (IReadOnlyList<string>)[n.Biomarker, n.Description, Format.I(n.LostToDivisor), Format.I(n.LostToLog)])]);
    }
}
