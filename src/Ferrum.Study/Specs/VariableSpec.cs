namespace Ferrum.Study.Specs;

/// <summary>How one column is described in tables: its kind, display label and unit.</summary>
/// <param name="Name">Column name in the dataset.</param>
/// <param name="Categorical">True for categorical variables (n (%)), false for continuous.</param>
/// <param name="Label">Human-readable label (defaults to the column name).</param>
/// <param name="Unit">Unit shown after the label, if any.</param>
/// <param name="NonNormal">For tableone style: summarise as median [IQR] and test with Wilcoxon.</param>
public sealed record VariableSpec(string Name, bool Categorical, string Label, string? Unit, bool NonNormal)
{
    /// <summary>Label with its unit in parentheses when there is one.</summary>
    public string Display => Unit is null ? Label : $"{Label} ({Unit})";
}
