namespace Ferrum.Study.Elisa;

/// <summary>
/// Acceptance criteria for standards, samples and plates. Defaults follow common bioanalytical practice
/// (back-calculated standards within 80–120% of nominal, replicate CV ≤ 20% at the limits of quantification).
/// </summary>
/// <remarks>
/// Source: FDA Bioanalytical Method Validation, Guidance for Industry (2018), section III.B (calibration
/// curve and LLOQ/ULOQ criteria for ligand-binding assays: ±20% of nominal, ±25% at the limits). The
/// single 80–120% window applied here is this tool's configurable default, not a regulatory requirement.
/// </remarks>
public sealed record QcCriteria
{
    /// <summary>Lowest acceptable back-calculated / nominal recovery of a standard, as a fraction (default 0.80).</summary>
    public double RecoveryMin { get; init; } = 0.80;

    /// <summary>Highest acceptable recovery (default 1.20).</summary>
    public double RecoveryMax { get; init; } = 1.20;

    /// <summary>Largest acceptable replicate coefficient of variation, as a fraction (default 0.20).</summary>
    public double MaxCv { get; init; } = 0.20;

    /// <summary>Smallest fraction of standard levels that must pass for the plate to pass (default 0.75).</summary>
    public double MinStandardsPassing { get; init; } = 0.75;
}
