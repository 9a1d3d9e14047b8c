using Ferrum.Statistics.Common;
using Ferrum.Statistics.Correlation;

namespace Ferrum.Study.Pipeline;

/// <summary>Spearman correlation of a biomarker with the severity score within cases (R <c>cor.test(method = "spearman")</c>).</summary>
internal static class SeverityCorrelation
{
    public static (BiomarkerResult Result, string? Note) Add(AnalysisFrame frame, BiomarkerResult result)
    {
        if (frame.Spec.Severity is not { } severity) return (result, null);
        var rows = frame.CompleteRows([result.Biomarker, severity], []).Where(i => frame.IsCase[i] == true).ToArray();
        var x = rows.Select(i => frame.Numeric(result.Biomarker)[i]).ToArray();
        var y = rows.Select(i => frame.Numeric(severity)[i]).ToArray();
        try
        {
            return (result with { Spearman = Correlation.Spearman(x, y), SpearmanN = rows.Length }, null);
        }
        catch (StatisticsInputException ex)
        {
            return (result with { SpearmanN = rows.Length }, $"Spearman correlation of {result.Biomarker} with {severity} not computed: {ex.Message}");
        }
    }
}
