using Ferrum.Clinical.Rules;
using Ferrum.Core.Provenance;

namespace Ferrum.Clinical.Assessment;

/// <summary>Collects findings and undecided items while the rules run.</summary>
internal sealed class FindingsBuilder
{
    private readonly List<Finding> findings = [];
    private readonly List<string> undecided = [];

    public IReadOnlyList<Finding> Findings => findings;

    public IReadOnlyList<string> Undecided => undecided;

    /// <summary>Adds a finding produced by <paramref name="rule"/> (and any further rules that contributed).</summary>
    public void Add(ClinicalRule rule, string text, params ClinicalRule[] more)
    {
        var citations = new List<Citation> { rule.Citation };
        foreach (var r in more)
            if (!citations.Contains(r.Citation)) citations.Add(r.Citation);
        findings.Add(new Finding(rule.Id, text, citations));
    }

    /// <summary>Records "could not be decided: needs X" for <paramref name="what"/>.</summary>
    public void Needs(string what, string needs) => undecided.Add($"{what} could not be decided: needs {needs}");
}
