namespace Ferrum.Statistics.Roc;

/// <summary>A partial-AUC request: the range (proportions), its axis and whether McClish's correction applies.</summary>
/// <param name="From">One end of the range.</param>
/// <param name="To">The other end of the range.</param>
/// <param name="Focus">The axis of the range.</param>
/// <param name="Correct">Whether to apply McClish's standardisation.</param>
public sealed record PartialAucSpec(double From, double To, PartialAucFocus Focus = PartialAucFocus.Specificity, bool Correct = false);
