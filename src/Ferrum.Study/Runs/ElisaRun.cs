using Ferrum.Study.Elisa;
using Ferrum.Study.Reports;

namespace Ferrum.Study.Runs;

/// <summary>The <c>study elisa</c> step: read plates and layout, fit, back-calculate, QC, and render every output.</summary>
public static class ElisaRun
{
    /// <summary>Runs the step; bad input raises <see cref="Ferrum.Core.Errors.InputErrorException"/>.</summary>
    public static (ElisaResult Result, IReadOnlyList<ReportFile> Files) Run(IReadOnlyList<InputFile> plates, InputFile layoutFile, bool synthetic = false, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plates);
        ArgumentNullException.ThrowIfNull(layoutFile);
        PlateLayout layout;
        using (var reader = layoutFile.OpenText()) layout = PlateLayoutReader.Read(reader, layoutFile.Name);
        var reads = new List<PlateRead>();
        foreach (var plate in plates)
        {
            progress?.Report($"reading {plate.Name}");
            using var stream = plate.Open();
            reads.AddRange(PlateFileReader.Read(stream, plate.Name, layout.SoleAnalyte));
        }
        var result = new ElisaProcessor(new LogLogisticFitter()).Process(reads, layout, progress);
        var files = ElisaReport.Files(result, synthetic, progress).ToList();
        files.Add(ReportFile.Text("provenance.json", Provenance.Json(
            plates.Select(p => InputFingerprint.Of("plate", p.Name, p.Content)).Append(InputFingerprint.Of("layout", layoutFile.Name, layoutFile.Content)),
            seed: null, synthetic, ElisaConventions(result), generatedAt: null)));
        return (result, files);
    }

    /// <summary>The conventions of an ELISA run, for provenance.</summary>
    public static IReadOnlyDictionary<string, string> ElisaConventions(ElisaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Criteria;
        return new Dictionary<string, string>
        {
            ["curve"] = "log-logistic least squares (drc LL.4/LL.5 parameterisation), Levenberg–Marquardt, drc self-start",
            ["blank"] = "mean of blank wells subtracted from every well",
            ["backCalculation"] = "mean blank-corrected signal of replicates → inverse curve → × dilution factor",
            ["standardAcceptance"] = FormattableString.Invariant($"recovery {c.RecoveryMin}–{c.RecoveryMax}, replicate CV ≤ {c.MaxCv}"),
            ["quantifiableRange"] = "LLOQ/ULOQ = lowest/highest level of the longest run of consecutive passing standards",
            ["cv"] = "sample SD / mean of raw replicate signals",
            ["readerRange"] = FormattableString.Invariant($"wells reading outside {c.SignalMin} to {c.SignalMax} are excluded and named in plate QC"),
        };
    }
}
