using Ferrum.Statistics.Multiplicity;

namespace Ferrum.Study.Pipeline;

/// <summary>Adjusts the biomarkers' Wilcoxon p-values for multiplicity with R's <c>p.adjust</c> method named in the spec.</summary>
internal static class Multiplicity
{
    public static IReadOnlyList<BiomarkerResult> Adjust(IReadOnlyList<BiomarkerResult> results, string method)
    {
        if (!PAdjust.TryParseMethod(method, out var m))
            throw new ArgumentException($"unknown p.adjust method '{method}'", nameof(method));
        var adjusted = PAdjust.Adjust([.. results.Select(r => r.Wilcoxon.PValue)], m);
        return [.. results.Select((r, i) => r with { PAdjusted = adjusted[i] })];
    }
}
