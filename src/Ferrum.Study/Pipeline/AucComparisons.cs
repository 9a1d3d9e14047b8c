using Ferrum.Statistics.Common;
using Ferrum.Statistics.Roc;

namespace Ferrum.Study.Pipeline;

/// <summary>Pairwise DeLong comparisons of AUCs on the subjects who have both biomarkers (pROC <c>roc.test(paired = TRUE)</c>).</summary>
internal static class AucComparisons
{
    public static IReadOnlyList<AucComparison> Run(AnalysisFrame frame, IReadOnlyList<(string First, string Second)> pairs, double level)
    {
        var results = new List<AucComparison>();
        foreach (var (first, second) in pairs)
        {
            var rows = frame.CompleteRows([first, second], []);
            var a = frame.Numeric(first);
            var b = frame.Numeric(second);
            var response = rows.Select(i => frame.IsCase[i]!.Value).ToArray();
            RocCurve Curve(double[] x) => RocCurve.Create(
                [.. rows.Where((_, k) => !response[k]).Select(i => x[i])],
                [.. rows.Where((_, k) => response[k]).Select(i => x[i])]);
            var ca = Curve(a);
            var cb = Curve(b);
            HypothesisTest test = RocTest.DeLongPaired(ca, cb, Alternative.TwoSided, level);
            results.Add(new AucComparison(first, second, rows.Length, ca.Auc, cb.Auc, test)
            {
                Warning = ca.Direction != cb.Direction ? "the two ROC curves have different directions; as pROC warns, DeLong's test should not be applied to them" : null,
            });
        }
        return results;
    }

    /// <summary>The pairs to compare: those named in the spec, or every pair of biomarkers when none is named.</summary>
    public static IReadOnlyList<(string, string)> Pairs(IReadOnlyList<string> biomarkers, IReadOnlyList<(string First, string Second)> named) =>
        named.Count > 0 ? named
        : [.. biomarkers.SelectMany((a, i) => biomarkers.Skip(i + 1).Select(b => (a, b)))];
}
