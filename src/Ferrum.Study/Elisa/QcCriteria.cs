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

    /// <summary>Default lowest raw signal a reader can report: −0.1 OD.</summary>
    /// <remarks>
    /// Absorbance cannot be negative; a reference-wavelength correction gives small negative readings near zero, hence
    /// the margin. Together with <see cref="DefaultSignalMax"/> this is the measurement range of common absorbance
    /// microplate readers (about 0 to 4 OD) — a configurable tool default (layout <c>qc.signalMin</c>/<c>qc.signalMax</c>),
    /// not a value taken from one reader's specification; set it for other readers or signal types (e.g. luminescence).
    /// </remarks>
    public const double DefaultSignalMin = -0.1;

    /// <summary>Default highest raw signal a reader can report: 4.0 OD (see <see cref="DefaultSignalMin"/>).</summary>
    public const double DefaultSignalMax = 4.0;

    /// <summary>Lowest plausible raw well signal; a well below it is excluded and flagged (default −0.1 OD).</summary>
    public double SignalMin { get; init; } = DefaultSignalMin;

    /// <summary>Highest plausible raw well signal; a well above it is excluded and flagged (default 4.0 OD).</summary>
    public double SignalMax { get; init; } = DefaultSignalMax;
}
