using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Roc;

/// <summary>Sensitivity and specificity at one threshold, with exact (Clopper–Pearson) intervals as R's <c>binom.test</c>.</summary>
/// <param name="Threshold">The threshold.</param>
/// <param name="TruePositives">Cases called cases.</param>
/// <param name="CaseCount">Number of cases.</param>
/// <param name="TrueNegatives">Controls called controls.</param>
/// <param name="ControlCount">Number of controls.</param>
/// <param name="SensitivityInterval">Clopper–Pearson interval of the sensitivity.</param>
/// <param name="SpecificityInterval">Clopper–Pearson interval of the specificity.</param>
public sealed record ThresholdPerformance(
    double Threshold, int TruePositives, int CaseCount, int TrueNegatives, int ControlCount,
    ConfidenceInterval SensitivityInterval, ConfidenceInterval SpecificityInterval)
{
    /// <summary>Proportion of cases called cases.</summary>
    public double Sensitivity => (double)TruePositives / CaseCount;

    /// <summary>Proportion of controls called controls.</summary>
    public double Specificity => (double)TrueNegatives / ControlCount;
}
