using Ferrum.Core.Errors;

namespace Ferrum.Clinical.Assessment;

/// <summary>The assessment of one patient (the DESIGN.md assessment output).</summary>
/// <param name="Rls">RLS diagnosis, course and IRLS severity.</param>
/// <param name="Iron">Anemia and iron status.</param>
/// <param name="Therapy">What the RLS iron-therapy guidance suggests discussing.</param>
/// <param name="Workup">Causes of iron deficiency the guidance suggests investigating.</param>
/// <param name="AggravatingMedications">Current drugs known to aggravate RLS.</param>
/// <param name="Findings">Every statement with the citations that produced it.</param>
/// <param name="RuleSet">The versioned rule set, e.g. <c>ferrum-guidelines/2026.1</c>.</param>
public sealed record AssessmentResult(
    RlsAssessment Rls,
    IronAssessment Iron,
    TherapyAssessment Therapy,
    IReadOnlyList<WorkupItem> Workup,
    IReadOnlyList<AggravatingMedication> AggravatingMedications,
    IReadOnlyList<Finding> Findings,
    string RuleSet)
{
    /// <summary>What could not be decided, each as "could not be decided: needs X".</summary>
    public IReadOnlyList<string> Undecided { get; init; } = [];

    /// <summary>Input warnings (e.g. unknown LOINC codes) carried from the reader.</summary>
    public IReadOnlyList<InputError> Warnings { get; init; } = [];

    /// <summary>The date the assessment refers to (passed in, never read from a clock).</summary>
    public DateOnly AssessedOn { get; init; }
}
