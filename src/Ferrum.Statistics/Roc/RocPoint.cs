namespace Ferrum.Statistics.Roc;

/// <summary>One point of a ROC curve: the threshold and the sensitivity and specificity it gives (proportions).</summary>
/// <param name="Threshold">The cut-off on the predictor (±∞ at the ends of the curve).</param>
/// <param name="Specificity">Proportion of controls called controls.</param>
/// <param name="Sensitivity">Proportion of cases called cases.</param>
public readonly record struct RocPoint(double Threshold, double Specificity, double Sensitivity);
