namespace Ferrum.Study.Specs;

/// <summary>The grouping column and the labels that mark cases and controls in it.</summary>
/// <param name="Column">Column holding the group label.</param>
/// <param name="Case">Label of cases (the positive class in ROC and logistic regression).</param>
/// <param name="Control">Label of controls.</param>
public sealed record GroupSpec(string Column, string Case, string Control);
