using Ferrum.Core.Provenance;

namespace Ferrum.Clinical.Assessment;

/// <summary>One statement of the assessment with the citations that produced it.</summary>
/// <param name="Id">Stable id of the rule that fired, e.g. <c>iron.ferritin-low</c>.</param>
/// <param name="Text">Plain-language statement that supports, never prescribes.</param>
/// <param name="Citations">Sources of the rule.</param>
public sealed record Finding(string Id, string Text, IReadOnlyList<Citation> Citations);

/// <summary>A cause of iron deficiency the guidance suggests investigating.</summary>
/// <param name="Id">Stable id, e.g. <c>gi-evaluation</c>.</param>
/// <param name="Text">What to consider and why.</param>
public sealed record WorkupItem(string Id, string Text)
{
    /// <summary>Source of the suggestion.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];
}

/// <summary>A current medication known to aggravate RLS.</summary>
/// <param name="Name">The name as the patient's list gave it.</param>
/// <param name="Class">Drug class, e.g. <c>SSRI</c>.</param>
public sealed record AggravatingMedication(string Name, string Class)
{
    /// <summary>Generic name the entry matched.</summary>
    public string? Generic { get; init; }

    /// <summary>Whether the concern is augmentation (dopaminergic drugs) rather than aggravation.</summary>
    public bool Augmentation { get; init; }
}
