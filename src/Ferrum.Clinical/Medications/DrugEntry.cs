using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Medications;

/// <summary>A drug known to aggravate RLS (or, for dopaminergic drugs, to cause augmentation), with common brand names.</summary>
/// <param name="Generic">Generic name, lower case.</param>
/// <param name="Class">Drug class shown in the output, e.g. <c>SSRI</c>.</param>
/// <param name="Brands">Common brand names, lower case.</param>
/// <param name="Rule">The class rule with its citation.</param>
public sealed record DrugEntry(string Generic, string Class, IReadOnlyList<string> Brands, ClinicalRule Rule)
{
    /// <summary>Whether the concern is augmentation rather than aggravation.</summary>
    public bool Augmentation { get; init; }
}
