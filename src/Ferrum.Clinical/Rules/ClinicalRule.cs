using Ferrum.Core.Provenance;

namespace Ferrum.Clinical.Rules;

/// <summary>One rule of the rule set as data: what it states, its threshold if any, and its source.</summary>
/// <param name="Id">Stable id, e.g. <c>therapy.aasm.ferritin-oral-or-iv</c>; findings carry it.</param>
/// <param name="Area">Feature area: rls, irls, iron, therapy, workup, medications.</param>
/// <param name="Statement">What the rule says, in plain words.</param>
/// <param name="Citation">Source, year and locator; a note says when a number could not be confirmed.</param>
public sealed record ClinicalRule(string Id, string Area, string Statement, Citation Citation)
{
    /// <summary>The threshold value, when the rule has one.</summary>
    public double? Threshold { get; init; }

    /// <summary>The unit of <see cref="Threshold"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>How the threshold compares, e.g. <c>&lt;=</c> or <c>&lt;</c>.</summary>
    public string? Comparison { get; init; }
}
