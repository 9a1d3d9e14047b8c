namespace Ferrum.Clinical.Assessment;

/// <summary>RLS part of the output (<c>$.rls</c>).</summary>
/// <param name="Status">IRLSSG diagnostic status.</param>
/// <param name="Criteria">Each essential criterion with met true/false, or null when unanswered.</param>
/// <param name="Course">Course specifier, null when undecidable or not RLS.</param>
/// <param name="IrlsTotal">IRLS total 0–40, null without item scores.</param>
/// <param name="IrlsSeverity">IRLS severity band, null without item scores.</param>
public sealed record RlsAssessment(
    RlsStatus Status,
    IReadOnlyList<CriterionResult> Criteria,
    RlsCourse? Course,
    int? IrlsTotal,
    IrlsSeverity? IrlsSeverity)
{
    /// <summary>Clinical-significance specifier as reported.</summary>
    public bool? ClinicallySignificant { get; init; }

    /// <summary>Conditions that can mimic RLS and deserve consideration.</summary>
    public IReadOnlyList<string> MimicHints { get; init; } = [];

    /// <summary>IRLS item scores with their short labels (never the licensed wording).</summary>
    public IReadOnlyList<IrlsItemScore> IrlsItems { get; init; } = [];
}

/// <summary>One IRLSSG essential criterion and whether it is met (null: not answered).</summary>
/// <param name="Id">Stable id, e.g. <c>urge-to-move</c>.</param>
/// <param name="Met">True, false or null when unanswered.</param>
public sealed record CriterionResult(string Id, bool? Met);

/// <summary>An IRLS item score with its short label.</summary>
/// <param name="Item">Item number 1–10.</param>
/// <param name="Label">Short label (not the licensed question wording).</param>
/// <param name="Score">Score 0–4.</param>
public sealed record IrlsItemScore(int Item, string Label, int Score);
