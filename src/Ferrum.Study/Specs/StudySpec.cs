namespace Ferrum.Study.Specs;

/// <summary>
/// A validated case–control study specification: the group column and labels, the biomarkers analysed one
/// by one, an optional severity score, covariates for adjustment, Table 1 conventions, multiplicity
/// method and seed. Build one with <see cref="StudySpecReader"/>; check it against data with <see cref="StudySpecValidator"/>.
/// </summary>
public sealed record StudySpec
{
    /// <summary>Study title shown in the report.</summary>
    public string Title { get; init; } = "Case–control biomarker study";

    /// <summary>True when the data are simulated; every output then says SYNTHETIC.</summary>
    public bool Synthetic { get; init; }

    /// <summary>A note shown at the top of the report (e.g. what a synthetic dataset follows).</summary>
    public string? Note { get; init; }

    /// <summary>Subject identifier column, if any.</summary>
    public string? Id { get; init; }

    /// <summary>Grouping column and labels.</summary>
    public required GroupSpec Group { get; init; }

    /// <summary>Continuous columns analysed one by one.</summary>
    public required IReadOnlyList<string> Biomarkers { get; init; }

    /// <summary>Severity score correlated with each biomarker within cases (e.g. IRLS total), if any.</summary>
    public string? Severity { get; init; }

    /// <summary>Covariates of the adjusted logistic regression.</summary>
    public IReadOnlyList<string> Covariates { get; init; } = [];

    /// <summary>Columns treated as categorical.</summary>
    public IReadOnlyList<string> Categorical { get; init; } = [];

    /// <summary>Rows of Table 1, in order.</summary>
    public IReadOnlyList<string> Table1Variables { get; init; } = [];

    /// <summary>Labels, units and kinds of described columns (every analysed column has an entry).</summary>
    public IReadOnlyDictionary<string, VariableSpec> Variables { get; init; } = new Dictionary<string, VariableSpec>();

    /// <summary>Table 1 convention.</summary>
    public Table1Style Table1 { get; init; }

    /// <summary>R's <c>p.adjust</c> method applied across biomarkers (holm, hochberg, hommel, bonferroni, BH, BY, fdr, none).</summary>
    public string Multiplicity { get; init; } = "holm";

    /// <summary>
    /// Scale of the biomarker in the logistic models: false (default, as R's glm on the raw column) gives odds ratios
    /// per unit; true divides the biomarker by its SD among the model's subjects, giving odds ratios per SD.
    /// </summary>
    public bool OddsRatioPerSd { get; init; }

    /// <summary>Seed for anything random (recorded in provenance).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Confidence level of intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Pairs of biomarkers whose AUCs are compared with DeLong's paired test.</summary>
    public IReadOnlyList<(string First, string Second)> RocComparisons { get; init; } = [];

    /// <summary>Per-subject normalisation applied before analysis.</summary>
    public NormalisationSpec Normalisation { get; init; } = NormalisationSpec.None;

    /// <summary>The description of <paramref name="column"/>, or a default continuous one.</summary>
    public VariableSpec Describe(string column) =>
        Variables.TryGetValue(column, out var v) ? v : new VariableSpec(column, Categorical.Contains(column), column, null, false);
}
