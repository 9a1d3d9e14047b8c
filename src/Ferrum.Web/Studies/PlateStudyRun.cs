using System.Text;
using Ferrum.Core.Errors;
using Ferrum.Study.Data;
using Ferrum.Study.Elisa;
using Ferrum.Study.Reports;
using Ferrum.Study.Runs;
using Ferrum.Study.Specs;

namespace Ferrum.Web.Studies;

/// <summary>
/// A study from raw plate-reader files: <c>ferrum study elisa</c> (curve fitting → concentrations → QC), its per-subject
/// concentrations joined with the clinical table on the spec's id column, then <c>ferrum study analyze</c> with the spec.
/// The same engine steps as <c>ferrum study demo</c>, on the user's files; the bundle keeps the inputs.
/// </summary>
internal static class PlateStudyRun
{
    /// <summary>Runs every step; bad input raises <see cref="Ferrum.Core.Errors.InputErrorException"/> naming the file.</summary>
    public static IReadOnlyList<ReportFile> Run(IReadOnlyList<InputFile> plates, InputFile layout, InputFile clinical, InputFile spec, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plates);
        ArgumentNullException.ThrowIfNull(clinical);
        ArgumentNullException.ThrowIfNull(spec);
        StudySpec studySpec;
        using (var reader = spec.OpenText()) studySpec = StudySpecReader.Read(reader, spec.Name);
        var idColumn = studySpec.Id ?? "id";

        var (elisa, elisaFiles) = ElisaRun.Run(plates, layout, studySpec.Synthetic, progress);
        var files = new List<ReportFile>();
        files.AddRange(plates.Select(p => new ReportFile("inputs/plates/" + Path.GetFileName(p.Name), p.Content)));
        files.AddRange(new[] { layout, clinical, spec }.Select(f => new ReportFile("inputs/" + Path.GetFileName(f.Name), f.Content)));
        if (files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InputErrorException(new InputError("study.file-duplicate", "two uploaded files have the same name")
            { File = twice.Key, Accepted = "distinct file names for the plates, the layout, the clinical table and the spec" });
        files.AddRange(elisaFiles.Select(f => f with { Path = "elisa/" + f.Path }));

        progress?.Report($"joining concentrations with {clinical.Name} on '{idColumn}'");
        Dataset table;
        using (var s = clinical.Open()) table = DatasetReader.Read(s, clinical.Name);
        var joined = table.Join(ElisaWide.ToDataset(elisa, idColumn), idColumn);
        var data = new InputFile("study-data.csv", new UTF8Encoding(false).GetBytes(joined.ToCsv()));
        files.Add(new ReportFile(data.Name, data.Content));

        var more = plates.Select(p => InputFingerprint.Of("plate", p.Name, p.Content))
            .Append(InputFingerprint.Of("layout", layout.Name, layout.Content))
            .Append(InputFingerprint.Of("clinical", clinical.Name, clinical.Content));
        files.AddRange(AnalyzeRun.Run(data, spec, progress, more).Files);
        return files;
    }
}
