using Ferrum.Study.Data;
using Ferrum.Study.Pipeline;
using Ferrum.Study.Reports;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Runs;

/// <summary>The <c>study analyze</c> step: read the dataset and spec, run the pipeline, render the report and provenance.</summary>
public static class AnalyzeRun
{
    /// <summary>Runs the step; bad input raises <see cref="Ferrum.Core.Errors.InputErrorException"/>.</summary>
    public static (StudyResult Result, IReadOnlyList<ReportFile> Files) Run(InputFile dataFile, InputFile specFile, IProgress<string>? progress = null, IEnumerable<InputFingerprint>? moreInputs = null)
    {
        ArgumentNullException.ThrowIfNull(dataFile);
        ArgumentNullException.ThrowIfNull(specFile);
        StudySpec spec;
        using (var reader = specFile.OpenText()) spec = StudySpecReader.Read(reader, specFile.Name);
        progress?.Report($"reading {dataFile.Name}");
        Dataset data;
        using (var stream = dataFile.Open()) data = DatasetReader.Read(stream, dataFile.Name);
        var result = StudyAnalysis.Run(data, spec, specFile.Name, progress);
        var files = StudyReport.Files(result, progress).ToList();
        var inputs = (moreInputs ?? []).Concat([InputFingerprint.Of("data", dataFile.Name, dataFile.Content), InputFingerprint.Of("spec", specFile.Name, specFile.Content)]);
        files.Add(ReportFile.Text("provenance.json", Provenance.Json(inputs, spec.Seed, spec.Synthetic, Conventions(spec), generatedAt: null)));
        return (result, files);
    }

    /// <summary>The analysis conventions, for provenance.</summary>
    public static IReadOnlyDictionary<string, string> Conventions(StudySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new Dictionary<string, string>
        {
            ["missingData"] = "complete cases per analysis",
            ["table1"] = spec.Table1 == Table1Style.TableOne ? "tableone" : "gtsummary",
            ["groupComparison"] = "wilcox.test (conf.int = TRUE), t.test (Welch)",
            ["roc"] = "pROC: direction auto, DeLong CI, Youden threshold; roc.test DeLong paired",
            ["correlation"] = "cor.test method spearman within cases",
            ["regression"] = "glm binomial logit, Wald CI, treatment contrasts",
            ["multiplicity"] = "p.adjust " + spec.Multiplicity + " over biomarkers' Wilcoxon p-values",
            ["confidenceLevel"] = spec.ConfidenceLevel.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
