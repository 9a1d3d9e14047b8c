using System.Text;
using System.Text.RegularExpressions;
using Ferrum.Clinical.Rules;
using Ferrum.Core.Provenance;
using Ferrum.Fhir.Output;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>Builds cards: summary capped at 140 characters, Markdown detail with sources, guideline link as the source.</summary>
internal static partial class CardFactory
{
    /// <summary>A card grounded in <paramref name="citations"/>; the first citation is the card's source.</summary>
    public static CdsCard Create(string patientId, string key, string indicator, string summary, string detail,
        IReadOnlyList<Citation> citations, IReadOnlyList<CdsLink> links)
    {
        var md = new StringBuilder(detail.TrimEnd());
        if (citations.Count > 0)
        {
            md.Append("\n\n**Sources**\n");
            foreach (var c in citations.Distinct()) md.Append("\n- ").Append(Markdown(CitationText.Of(c)));
        }
        md.Append("\n\n*Decision support from Ferrum; it does not prescribe. Discuss with a clinician.*");
        var first = citations.Count > 0 ? citations[0] : null;
        return new CdsCard
        {
            Uuid = StableId.For(patientId, "card:" + key, 0),
            Summary = Cap(summary),
            Detail = md.ToString(),
            Indicator = indicator,
            Source = new CdsSource(first?.Source ?? "Ferrum", first is null ? null : LinkOf(first)),
            Links = links,
        };
    }

    /// <summary>A card for one rule.</summary>
    public static CdsCard ForRule(string patientId, string key, string indicator, string summary, string detail, IReadOnlyList<ClinicalRule> rules, IReadOnlyList<CdsLink> links) =>
        Create(patientId, key, indicator, summary, detail, rules.Select(r => r.Citation).ToList(), links);

    /// <summary>Cuts <paramref name="summary"/> to at most 140 characters at a word boundary.</summary>
    internal static string Cap(string summary)
    {
        if (summary.Length <= CdsCard.MaxSummaryLength) return summary;
        var cut = summary.LastIndexOf(' ', CdsCard.MaxSummaryLength - 2);
        return summary[..(cut > 80 ? cut : CdsCard.MaxSummaryLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>The guideline link: the citation's URL, else its DOI as a doi.org link.</summary>
    internal static Uri? LinkOf(Citation c)
    {
        if (c.Url is not null) return c.Url;
        if (c.Reference is null) return null;
        var m = Doi().Match(c.Reference);
        return m.Success ? new Uri("https://doi.org/" + m.Groups[1].Value.TrimEnd('.', ',', ';')) : null;
    }

    [GeneratedRegex(@"doi:\s*(10\.\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Doi();

    private static string Markdown(string text) => text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
