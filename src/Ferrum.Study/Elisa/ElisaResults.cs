namespace Ferrum.Study.Elisa;

/// <summary>Flags attached to a back-calculated sample.</summary>
public static class ElisaFlags
{
    /// <summary>In-well concentration below the lower limit of quantification (or signal below the curve).</summary>
    public const string BelowLloq = "<LLOQ";

    /// <summary>In-well concentration above the upper limit of quantification (or signal above the curve).</summary>
    public const string AboveUloq = ">ULOQ";

    /// <summary>Replicate coefficient of variation above the limit.</summary>
    public const string HighCv = "high CV";

    /// <summary>A replicate read outside the reader range (<see cref="QcCriteria.SignalMin"/> to <see cref="QcCriteria.SignalMax"/>) was excluded.</summary>
    public const string OutsideReaderRange = "outside reader range";

    /// <summary>No standard level passed, so there is no quantifiable range.</summary>
    public const string NoRange = "no quantifiable range";
}

/// <summary>Back-calculation of one standard level.</summary>
public sealed record StandardRecovery(string Plate, string Analyte, string Level, double Nominal, int Replicates, double MeanSignal, double Cv, double BackCalculated, double Recovery, bool Passes);

/// <summary>A sample's back-calculated concentration: in-well from the curve, times the dilution factor.</summary>
public sealed record SampleConcentration(string Plate, string Analyte, string SampleId, int Replicates, double MeanSignal, double Cv, double InWell, double Dilution, double Concentration, string Unit, IReadOnlyList<string> Flags);

/// <summary>A control's measured concentration against its expected value.</summary>
public sealed record ControlRecovery(string Plate, string Analyte, string Control, double MeanSignal, double Cv, double Measured, double? Expected, double? Recovery, bool? Passes);

/// <summary>The QC summary of one plate and analyte.</summary>
public sealed record PlateQc(
    string Plate, string Analyte, string Unit, string Model, string Weighting, double BlankMean, int Levels, int LevelsPassing,
    double Lloq, double Uloq, bool CurveConverged, double ResidualStandardError, int Samples, int SamplesFlagged, bool Pass, IReadOnlyList<string> Problems);

/// <summary>One plate and analyte, analysed: the curve, standards, controls, samples and QC.</summary>
public sealed record PlateAnalysis(
    PlateRead Read, AnalyteSettings Settings, StandardCurve Curve, IReadOnlyList<(double Concentration, double Signal)> StandardPoints,
    IReadOnlyList<StandardRecovery> Standards, IReadOnlyList<ControlRecovery> Controls, IReadOnlyList<SampleConcentration> Samples, PlateQc Qc);

/// <summary>Every plate and analyte of a run.</summary>
public sealed record ElisaResult(IReadOnlyList<PlateAnalysis> Plates, QcCriteria Criteria)
{
    /// <summary>All samples of all plates, in plate order.</summary>
    public IEnumerable<SampleConcentration> Samples => Plates.SelectMany(p => p.Samples);
}
