namespace Ferrum.Statistics.Regression;

/// <summary>Whether the outcome of a logistic regression is separated by the covariates (Albert &amp; Anderson 1984).</summary>
public enum SeparationKind
{
    /// <summary>Maximum-likelihood estimates exist.</summary>
    None = 0,

    /// <summary>Some β ≠ 0 has xᵢᵀβ ≥ 0 for every event and ≤ 0 for every non-event, with equality somewhere.</summary>
    QuasiComplete,

    /// <summary>Some β classifies every observation strictly correctly.</summary>
    Complete,
}

/// <summary>The separation status and the terms along the separating direction found.</summary>
/// <param name="Kind">None, quasi-complete or complete.</param>
/// <param name="Terms">Design-matrix columns with a non-zero component in the separating direction found (empty when none).</param>
public sealed record Separation(SeparationKind Kind, IReadOnlyList<string> Terms);
