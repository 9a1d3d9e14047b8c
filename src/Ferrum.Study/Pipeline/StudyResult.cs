using Ferrum.Study.Normalisation;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Pipeline;

/// <summary>The complete analysis of a case–control study, ready to render.</summary>
public sealed record StudyResult
{
    /// <summary>The spec analysed.</summary>
    public required StudySpec Spec { get; init; }

    /// <summary>Subjects in the data file.</summary>
    public required int Subjects { get; init; }

    /// <summary>Subjects labelled as cases.</summary>
    public required int Cases { get; init; }

    /// <summary>Subjects labelled as controls.</summary>
    public required int Controls { get; init; }

    /// <summary>Subjects without a group label (excluded from every analysis).</summary>
    public required int GroupMissing { get; init; }

    /// <summary>What normalisation did per biomarker.</summary>
    public IReadOnlyList<NormalisationOutcome> Normalisation { get; init; } = [];

    /// <summary>Table 1.</summary>
    public Table1? Table1 { get; init; }

    /// <summary>Per-biomarker comparisons, ROC and correlations.</summary>
    public required IReadOnlyList<BiomarkerResult> Biomarkers { get; init; }

    /// <summary>Pairwise AUC comparisons.</summary>
    public IReadOnlyList<AucComparison> AucComparisons { get; init; } = [];

    /// <summary>Logistic models, one per biomarker (with the covariates when the spec names any).</summary>
    public IReadOnlyList<AdjustedModel> Models { get; init; } = [];

    /// <summary>The analysed values the figures draw.</summary>
    public required StudyFigureData FigureData { get; init; }

    /// <summary>Notes on analyses that could not be run (e.g. too few subjects), in plain words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The analysed values the figures draw: per biomarker, cases' and controls' values and (within cases) the severity pairs.</summary>
/// <param name="Cases">Cases' values per biomarker (complete cases).</param>
/// <param name="Controls">Controls' values per biomarker.</param>
/// <param name="SeverityPairs">Per biomarker, the cases' values and severity scores where both are present.</param>
public sealed record StudyFigureData(
    IReadOnlyDictionary<string, IReadOnlyList<double>> Cases,
    IReadOnlyDictionary<string, IReadOnlyList<double>> Controls,
    IReadOnlyDictionary<string, (IReadOnlyList<double> Values, IReadOnlyList<double> Severity)> SeverityPairs);
