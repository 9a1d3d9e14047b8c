namespace Ferrum.Study.Elisa;

/// <summary>The signals (optical density or other reader units) of one plate for one analyte.</summary>
/// <param name="Plate">Plate identifier.</param>
/// <param name="Analyte">Analyte measured (e.g. ferritin, tfr, cd81).</param>
/// <param name="Signals">Signal per read well; wells not read are absent.</param>
/// <param name="Source">File (and sheet or block) the read came from.</param>
public sealed record PlateRead(string Plate, string Analyte, IReadOnlyDictionary<WellAddress, double> Signals, string Source);
