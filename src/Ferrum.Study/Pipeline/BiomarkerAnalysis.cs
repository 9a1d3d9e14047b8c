using Ferrum.Statistics.Descriptive;
using Ferrum.Statistics.Effects;
using Ferrum.Statistics.Roc;
using Ferrum.Statistics.Tests;

namespace Ferrum.Study.Pipeline;

/// <summary>Group comparison, effect size and ROC of one biomarker, on the subjects who have it (complete cases).</summary>
internal static class BiomarkerAnalysis
{
    public static (BiomarkerResult Result, RocCurve Curve) Run(AnalysisFrame frame, string biomarker, string label, double level)
    {
        var (cases, controls) = frame.Split(biomarker);
        var totalCases = frame.Cases;
        var totalControls = frame.Controls;
        var wilcoxon = WilcoxonTest.RankSum(cases, controls, confInt: true, confLevel: level);
        var welch = TTest.TwoSample(cases, controls, confLevel: level);
        var curve = RocCurve.Create(controls, cases);
        var auc = DeLong.Estimate(curve, level);
        var best = curve.Best(CutoffMethod.Youden)[0];
        return (new BiomarkerResult
        {
            Biomarker = biomarker,
            Label = label,
            Cases = Summary(cases, totalCases - cases.Length),
            Controls = Summary(controls, totalControls - controls.Length),
            Wilcoxon = wilcoxon,
            Welch = welch,
            Smd = TableOneSmd.Continuous(cases, controls),
            RankBiserial = Statistics.Effects.RankBiserial.Compute(cases, controls, confLevel: level),
            Auc = auc.Auc,
            AucCi = auc.ConfidenceInterval,
            Direction = auc.Direction == RocDirection.ControlsLower ? "<" : ">",
            YoudenThreshold = best.Threshold,
            Sensitivity = best.Sensitivity,
            Specificity = best.Specificity,
            RocPoints = [.. curve.Points.Select(p => (1 - p.Specificity, p.Sensitivity))],
        }, curve);
    }

    private static GroupSummary Summary(double[] x, int missing)
    {
        var q = DescriptiveStatistics.Quantiles(x, [0.25, 0.5, 0.75]);
        return new GroupSummary(x.Length, missing, DescriptiveStatistics.Mean(x), x.Length > 1 ? DescriptiveStatistics.StandardDeviation(x) : double.NaN, q[1], q[0], q[2]);
    }
}
