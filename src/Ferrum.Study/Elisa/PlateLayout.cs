namespace Ferrum.Study.Elisa;

/// <summary>A standard level: its wells and nominal concentration (per analyte when kits differ).</summary>
/// <param name="Level">Level name, e.g. S1.</param>
/// <param name="Wells">Replicate wells.</param>
/// <param name="Concentration">Nominal concentration in the analyte's unit; <paramref name="ByAnalyte"/> overrides it.</param>
/// <param name="ByAnalyte">Nominal concentration per analyte, when standards differ between analytes.</param>
public sealed record StandardLevel(string Level, IReadOnlyList<WellAddress> Wells, double? Concentration, IReadOnlyDictionary<string, double> ByAnalyte)
{
    /// <summary>The nominal concentration for <paramref name="analyte"/>, or null when none is given.</summary>
    public double? For(string analyte) => ByAnalyte.TryGetValue(analyte, out var c) ? c : Concentration;
}

/// <summary>A subject's sample: its replicate wells and the dilution applied before plating.</summary>
/// <param name="Id">Subject (sample) identifier.</param>
/// <param name="Wells">Replicate wells.</param>
/// <param name="Dilution">Dilution factor (≥ 1); the in-well concentration is multiplied by it.</param>
public sealed record SampleWells(string Id, IReadOnlyList<WellAddress> Wells, double Dilution);

/// <summary>A quality-control sample with an optional expected concentration per analyte.</summary>
/// <param name="Id">Control name.</param>
/// <param name="Wells">Replicate wells.</param>
/// <param name="Expected">Expected concentration per analyte (absent when not known).</param>
public sealed record ControlWells(string Id, IReadOnlyList<WellAddress> Wells, IReadOnlyDictionary<string, double> Expected);

/// <summary>How one analyte's curve is fitted and reported.</summary>
/// <param name="Name">Analyte name as in the plate files.</param>
/// <param name="Unit">Concentration unit of standards and results.</param>
/// <param name="Model">"4PL" or "5PL".</param>
/// <param name="Weighting">Residual weighting of the fit: "none", "1/y" or "1/y2".</param>
public sealed record AnalyteSettings(string Name, string Unit, string Model, string Weighting)
{
    /// <summary>Accepted model names.</summary>
    public static IReadOnlyList<string> Models { get; } = ["4PL", "5PL"];

    /// <summary>Accepted weighting names.</summary>
    public static IReadOnlyList<string> Weightings { get; } = ["none", "1/y", "1/y2"];
}

/// <summary>
/// What each well of a plate holds: standards with nominal concentrations, blanks, controls and samples
/// (per plate when plates hold different subjects), plus curve and QC settings per analyte.
/// </summary>
public sealed record PlateLayout
{
    /// <summary>Standard levels (at least four for a 4PL, five for a 5PL).</summary>
    public required IReadOnlyList<StandardLevel> Standards { get; init; }

    /// <summary>Blank wells, whose mean signal is subtracted from every well.</summary>
    public IReadOnlyList<WellAddress> Blanks { get; init; } = [];

    /// <summary>Quality-control samples.</summary>
    public IReadOnlyList<ControlWells> Controls { get; init; } = [];

    /// <summary>Samples of plates not listed in <see cref="PlateSamples"/>.</summary>
    public IReadOnlyList<SampleWells> Samples { get; init; } = [];

    /// <summary>Samples per plate id, for plates that hold different subjects.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SampleWells>> PlateSamples { get; init; } = new Dictionary<string, IReadOnlyList<SampleWells>>();

    /// <summary>Settings per analyte; analytes not listed use <see cref="DefaultAnalyte"/> settings.</summary>
    public IReadOnlyDictionary<string, AnalyteSettings> Analytes { get; init; } = new Dictionary<string, AnalyteSettings>();

    /// <summary>Curve settings used for analytes without their own entry.</summary>
    public AnalyteSettings DefaultAnalyte { get; init; } = new("analyte", "units", "4PL", "none");

    /// <summary>Acceptance criteria.</summary>
    public QcCriteria Qc { get; init; } = new();

    /// <summary>The samples of <paramref name="plate"/>.</summary>
    public IReadOnlyList<SampleWells> SamplesOf(string plate) => PlateSamples.TryGetValue(plate, out var s) ? s : Samples;

    /// <summary>The settings of <paramref name="analyte"/>.</summary>
    public AnalyteSettings SettingsOf(string analyte) => Analytes.TryGetValue(analyte, out var a) ? a : DefaultAnalyte with { Name = analyte };

    /// <summary>The only analyte the layout names, used for plate files that do not name theirs.</summary>
    public string? SoleAnalyte => Analytes.Count == 1 ? Analytes.Keys.First() : null;
}
