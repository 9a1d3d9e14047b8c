namespace Ferrum.Clinical.Assessment;

/// <summary>What the RLS iron-therapy guidance suggests discussing (<c>$.therapy</c>); it supports a decision, it does not prescribe.</summary>
/// <param name="Recommendation">The option the guidance suggests discussing.</param>
/// <param name="Details">Plain-language explanation with the thresholds used.</param>
/// <param name="RecheckAfterWeeks">Suggested interval before rechecking iron studies, weeks.</param>
public sealed record TherapyAssessment(TherapySuggestion Recommendation, string Details, int? RecheckAfterWeeks)
{
    /// <summary>Ganzoni total iron deficit, mg, when hemoglobin and weight are known.</summary>
    public IronDeficit? IronDeficit { get; init; }

    /// <summary>Cautions to discuss (e.g. hypophosphatemia with ferric carboxymaltose).</summary>
    public IReadOnlyList<string> Cautions { get; init; } = [];

    /// <summary>How iron studies should be drawn for the thresholds to apply.</summary>
    public string? DrawConditions { get; init; }
}

/// <summary>Ganzoni iron-deficit estimate with its conventions.</summary>
/// <param name="TotalMg">Weight × (target Hb − actual Hb) × 2.4 + stores, mg.</param>
/// <param name="TargetHemoglobinGPerL">Target hemoglobin used, g/L.</param>
/// <param name="StoresMg">Iron stores added, mg.</param>
public sealed record IronDeficit(double TotalMg, double TargetHemoglobinGPerL, double StoresMg);
