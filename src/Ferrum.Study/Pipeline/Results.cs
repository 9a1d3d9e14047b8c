using Ferrum.Statistics.Common;
using Ferrum.Statistics.Effects;

namespace Ferrum.Study.Pipeline;

/// <summary>Per-group summary of one biomarker (complete cases of that biomarker).</summary>
/// <param name="N">Subjects with a value.</param>
/// <param name="Missing">Subjects of the group without a value.</param>
/// <param name="Mean">Mean.</param>
/// <param name="Sd">Sample standard deviation.</param>
/// <param name="Median">Median.</param>
/// <param name="Q1">First quartile (R type 7).</param>
/// <param name="Q3">Third quartile (R type 7).</param>
public sealed record GroupSummary(int N, int Missing, double Mean, double Sd, double Median, double Q1, double Q3);

/// <summary>Everything computed for one biomarker: group comparison, effect sizes, ROC, severity correlation.</summary>
public sealed record BiomarkerResult
{
    /// <summary>Column name.</summary>
    public required string Biomarker { get; init; }

    /// <summary>Display label (with unit and normalisation).</summary>
    public required string Label { get; init; }

    /// <summary>Cases summary.</summary>
    public required GroupSummary Cases { get; init; }

    /// <summary>Controls summary.</summary>
    public required GroupSummary Controls { get; init; }

    /// <summary>Wilcoxon rank-sum test (R <c>wilcox.test(case, control, conf.int = TRUE)</c>): W, p, Hodges–Lehmann shift and CI.</summary>
    public required HypothesisTest Wilcoxon { get; init; }

    /// <summary>Welch two-sample t-test (R <c>t.test(case, control)</c>).</summary>
    public required HypothesisTest Welch { get; init; }

    /// <summary>Standardised mean difference (cases vs controls, pooled SD), as tableone computes it.</summary>
    public required EffectSize Smd { get; init; }

    /// <summary>Rank-biserial correlation (cases vs controls), the effect size of the rank-sum test.</summary>
    public required EffectSize RankBiserial { get; init; }

    /// <summary>Area under the ROC curve (cases positive; direction chosen as pROC's "auto").</summary>
    public required double Auc { get; init; }

    /// <summary>DeLong confidence interval of the AUC.</summary>
    public required ConfidenceInterval AucCi { get; init; }

    /// <summary>pROC direction: "&lt;" (controls lower) or "&gt;" (controls higher).</summary>
    public required string Direction { get; init; }

    /// <summary>Youden-optimal threshold (pROC <c>coords(best.method = "youden")</c>, first if tied).</summary>
    public required double YoudenThreshold { get; init; }

    /// <summary>Sensitivity at the Youden threshold.</summary>
    public required double Sensitivity { get; init; }

    /// <summary>Specificity at the Youden threshold.</summary>
    public required double Specificity { get; init; }

    /// <summary>ROC curve points (1 − specificity, sensitivity) for the figure.</summary>
    public required IReadOnlyList<(double Fpr, double Tpr)> RocPoints { get; init; }

    /// <summary>Multiplicity-adjusted Wilcoxon p-value across biomarkers.</summary>
    public double PAdjusted { get; init; } = double.NaN;

    /// <summary>Spearman correlation with severity within cases, or null without a severity score.</summary>
    public HypothesisTest? Spearman { get; init; }

    /// <summary>Cases with both the biomarker and the severity score.</summary>
    public int SpearmanN { get; init; }
}

/// <summary>One coefficient of an adjusted logistic model.</summary>
public sealed record ModelTerm(string Term, double Estimate, double StdError, double Z, double P, double OddsRatio, double OrCiLower, double OrCiUpper);

/// <summary>Logistic regression of case status on one biomarker and the covariates (complete cases).</summary>
public sealed record AdjustedModel(string Biomarker, int N, int NCase, int NControl, IReadOnlyList<ModelTerm> Terms, bool Converged, int Iterations, string? Problem);

/// <summary>DeLong's paired comparison of two biomarkers' AUCs (pROC <c>roc.test(method = "delong", paired = TRUE)</c>).</summary>
public sealed record AucComparison(string First, string Second, int N, double AucFirst, double AucSecond, HypothesisTest Test)
{
    /// <summary>A caveat, e.g. pROC's warning that DeLong's test should not compare curves of different directions.</summary>
    public string? Warning { get; init; }
}
