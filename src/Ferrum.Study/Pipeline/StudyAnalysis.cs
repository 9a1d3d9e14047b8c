using Ferrum.Study.Data;
using Ferrum.Study.Normalisation;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Pipeline;

/// <summary>
/// The case–control pipeline: normalise, Table 1, per-biomarker comparisons with effect sizes and ROC, pairwise AUC
/// comparisons, Spearman correlation with severity within cases, adjusted logistic regression and multiplicity
/// adjustment. Each analysis uses its own complete cases and reports its counts.
/// </summary>
public static class StudyAnalysis
{
    /// <summary>Runs every analysis of <paramref name="spec"/> on <paramref name="data"/> (validated first).</summary>
    public static StudyResult Run(Dataset data, StudySpec spec, string specFile, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        StudySpecValidator.EnsureValid(spec, data, specFile);
        var (normalised, outcomes) = Normaliser.Apply(data, spec.Normalisation);
        var frame = new AnalysisFrame(normalised, spec);
        var notes = new List<string>();

        progress?.Report("Table 1");
        var table1 = Table1Builder.Build(frame);

        var results = new List<BiomarkerResult>();
        foreach (var b in spec.Biomarkers)
        {
            progress?.Report($"biomarker {b}: group comparison and ROC");
            var (result, _) = BiomarkerAnalysis.Run(frame, b, Label(spec, b, outcomes), spec.ConfidenceLevel);
            var (withSeverity, note) = SeverityCorrelation.Add(frame, result);
            results.Add(withSeverity);
            if (note is not null) notes.Add(note);
        }
        results = [.. Multiplicity.Adjust(results, spec.Multiplicity)];

        progress?.Report("pairwise AUC comparisons");
        var comparisons = AucComparisons.Run(frame, AucComparisons.Pairs(spec.Biomarkers, spec.RocComparisons), spec.ConfidenceLevel);

        var models = new List<AdjustedModel>();
        foreach (var b in spec.Biomarkers)
        {
            progress?.Report($"biomarker {b}: logistic regression");
            models.Add(AdjustedLogistic.Fit(frame, b, spec.ConfidenceLevel));
        }

        return new StudyResult
        {
            FigureData = FigureData(frame),
            Spec = spec,
            Subjects = data.RowCount,
            Cases = frame.Cases,
            Controls = frame.Controls,
            GroupMissing = frame.GroupMissing,
            Normalisation = outcomes,
            Table1 = table1,
            Biomarkers = results,
            AucComparisons = comparisons,
            Models = models,
            Notes = notes,
        };
    }

    private static StudyFigureData FigureData(AnalysisFrame frame)
    {
        var spec = frame.Spec;
        var split = spec.Biomarkers.ToDictionary(b => b, frame.Split, StringComparer.Ordinal);
        var pairs = new Dictionary<string, (IReadOnlyList<double>, IReadOnlyList<double>)>(StringComparer.Ordinal);
        if (spec.Severity is { } sev)
            foreach (var b in spec.Biomarkers)
            {
                var rows = frame.CompleteRows([b, sev], []).Where(i => frame.IsCase[i] == true).ToArray();
                pairs[b] = ([.. rows.Select(i => frame.Numeric(b)[i])], [.. rows.Select(i => frame.Numeric(sev)[i])]);
            }
        return new StudyFigureData(
            split.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value.Cases, StringComparer.Ordinal),
            split.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value.Controls, StringComparer.Ordinal),
            pairs);
    }

    /// <summary>The label of a biomarker: its spec label and unit, with the normalisation applied.</summary>
    internal static string Label(StudySpec spec, string biomarker, IReadOnlyList<NormalisationOutcome> outcomes)
    {
        var v = spec.Describe(biomarker);
        var norm = outcomes.FirstOrDefault(o => o.Biomarker == biomarker);
        if (norm is null) return v.Display;
        var divisor = spec.Normalisation.Column is { } c ? spec.Describe(c).Label : null;
        return Normaliser.Describe(v.Label, spec.Normalisation, divisor);
    }
}
