using System.Globalization;
using Ferrum.Study.Normalisation;
using Ferrum.Study.Pipeline;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Reports;

/// <summary>Writes the methods paragraph of a study report, naming every test, its R equivalent and every convention applied.</summary>
public static class MethodsText
{
    /// <summary>The paragraph for <paramref name="result"/>.</summary>
    public static string Write(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var spec = result.Spec;
        var level = spec.ConfidenceLevel.ToString("P0", CultureInfo.InvariantCulture);
        var s = new List<string>
        {
            Invariant($"Subjects were classified as cases ({spec.Group.Case}, n = {result.Cases}) or controls ({spec.Group.Control}, n = {result.Controls}) by the column '{spec.Group.Column}'{(result.GroupMissing > 0 ? Invariant($"; {result.GroupMissing} subjects without a group label were excluded") : "")}."),
            "Each analysis used the subjects with complete data for the variables it involves (complete cases per analysis, no imputation); the number used is reported with every result.",
        };
        if (spec.Normalisation.Method != NormalisationMethod.None || spec.Normalisation.Log != LogTransform.None)
            s.Add($"Before analysis, {string.Join(", ", spec.Normalisation.Apply)} were normalised per subject as {Normaliser.Describe("value", spec.Normalisation, spec.Normalisation.Column is { } col ? spec.Describe(col).Label : null)} ({spec.Normalisation.Method switch { NormalisationMethod.EvMarker => "ratio to an extracellular-vesicle marker", NormalisationMethod.Particles => "per particle", NormalisationMethod.TotalProtein => "per total protein", _ => "log transform only" }}){(spec.Normalisation.Method == NormalisationMethod.Particles ? ", i.e. per 10^9 particles measured by nanoparticle tracking analysis" : "")}; a missing or non-positive divisor, or a non-positive value before a log transform, made the normalised value missing.");
        if (result.Table1 is { } t)
            s.Add(t.Style == Table1Style.TableOne
                ? "Table 1 follows the tableone convention (R package tableone, CreateTableOne): continuous variables as mean (SD) compared with the equal-variance one-way ANOVA (oneway.test, var.equal = TRUE), those declared non-normal as median [IQR] compared with the Kruskal–Wallis test, categorical variables as n (%) compared with Pearson's chi-squared test with Yates' continuity correction on 2×2 tables (chisq.test); standardised mean differences (SMD) use the pooled standard deviation as tableone does."
                : "Table 1 follows the gtsummary convention (R package gtsummary, tbl_summary with add_p): continuous variables as median (Q1, Q3) compared with the Wilcoxon rank-sum test, categorical variables as n (%) compared with Pearson's chi-squared test without continuity correction, or Fisher's exact test when an expected count is below 5.");
        s.Add(Invariant($"Each biomarker was compared between groups with the Wilcoxon rank-sum test (R wilcox.test: exact p-value when both groups have fewer than 50 values and there are no ties, otherwise the normal approximation with continuity correction), with the Hodges–Lehmann estimate of the location shift (cases − controls) and its {level} confidence interval, and with Welch's two-sample t-test (unequal variances, Welch–Satterthwaite degrees of freedom; R t.test). Effect sizes are the Hodges–Lehmann shift, the rank-biserial correlation (2·AUC − 1; effectsize::rank_biserial) and the standardised mean difference with pooled SD (tableone)."));
        s.Add(Invariant($"Wilcoxon p-values were adjusted for multiplicity across the {spec.Biomarkers.Count} biomarkers with the {MethodName(spec.Multiplicity)} method (R p.adjust, method = \"{spec.Multiplicity}\")."));
        s.Add(Invariant($"Discrimination was measured by the area under the ROC curve (AUC) with cases as the positive class and the direction chosen as pROC's \"auto\" (\"<\", values at or above the threshold called cases, when cases have the higher median; \">\" otherwise), with {level} confidence intervals by DeLong's method (pROC ci.auc, method = \"delong\"); the optimal threshold maximises Youden's index, sensitivity + specificity − 1 (pROC coords, best.method = \"youden\")."));
        if (result.AucComparisons.Count > 0)
            s.Add("AUCs of pairs of biomarkers were compared by DeLong's test for two correlated ROC curves on the subjects with both values (pROC roc.test, method = \"delong\", paired).");
        if (spec.Severity is { } sev)
            s.Add($"Within cases, each biomarker was correlated with {spec.Describe(sev).Display} by Spearman's rank correlation (R cor.test, method = \"spearman\": exact p-value by algorithm AS 89 for fewer than 1290 pairs without ties, otherwise the t approximation).");
        if (result.Models.Count > 0)
            s.Add($"Logistic regression (binomial family, logit link; R glm) modelled case status on each biomarker{(spec.Covariates.Count > 0 ? " adjusted for " + string.Join(", ", spec.Covariates.Select(c => spec.Describe(c).Label)) : "")}; categorical covariates entered as indicator variables against their first level in sorted order (R's treatment contrasts); odds ratios are exp(β) with Wald confidence intervals exp(β ± z·SE){(spec.OddsRatioPerSd ? ", per standard deviation of the biomarker among the model's subjects" : ", per unit of the biomarker")}.");
        s.Add(Invariant($"All tests were two-sided; confidence intervals are {level}. Analyses ran in Ferrum {Provenance.FerrumVersion} with seed {spec.Seed}; input checksums are in provenance.json."));
        return string.Join(" ", s);
    }

    private static string MethodName(string method) => method switch
    {
        "holm" => "Holm",
        "hochberg" => "Hochberg",
        "hommel" => "Hommel",
        "bonferroni" => "Bonferroni",
        "BH" or "fdr" => "Benjamini–Hochberg (false discovery rate)",
        "BY" => "Benjamini–Yekutieli",
        _ => "no",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
