using System.Globalization;
using System.Text;
using Ferrum.Clinical.Iron;
using Ferrum.Clinical.Medications;
using Ferrum.Clinical.Rls;
using Ferrum.Clinical.Therapy;
using Ferrum.Clinical.Workup;

namespace Ferrum.Clinical.Rules;

/// <summary>The versioned rule set: every rule of every area, and its Markdown rendering for docs/clinical-rules.md.</summary>
public static class RuleCatalog
{
    /// <summary>Identifier of this rule set; every result names it.</summary>
    public const string RuleSetId = "ferrum-guidelines/2026.1";

    /// <summary>Every rule, grouped by area in a stable order.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [.. RlsRules.All, .. IronRules.All, .. TherapyRules.All, .. WorkupRules.All, .. MedicationRules.All, .. GeneralRules.All];

    /// <summary>Renders every rule as a Markdown document (the content of docs/clinical-rules.md after its header).</summary>
    public static string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("## Rule set `").Append(RuleSetId).Append("`\n\n");
        sb.Append("Generated from `RuleCatalog.All` in `src/Ferrum.Clinical`; a test fails when this section and the code differ.\n");
        foreach (var area in All.GroupBy(r => r.Area))
        {
            sb.Append("\n### ").Append(area.Key).Append("\n\n");
            sb.Append("| id | rule | threshold | source | locator | note |\n|---|---|---|---|---|---|\n");
            foreach (var r in area)
            {
                var threshold = r.Threshold is { } t ? $"{r.Comparison} {t.ToString(CultureInfo.InvariantCulture)} {r.Unit}".Trim() : "";
                sb.Append("| `").Append(r.Id).Append("` | ").Append(Cell(r.Statement)).Append(" | ").Append(Cell(threshold))
                  .Append(" | ").Append(Cell(r.Citation.Source)).Append(" | ").Append(Cell(r.Citation.Locator))
                  .Append(" | ").Append(Cell(r.Citation.Note ?? "")).Append(" |\n");
            }
        }
        sb.Append("\n### aggravating medications (generic: brands)\n\n");
        foreach (var group in DrugCatalog.All.GroupBy(d => d.Class))
            sb.Append("- **").Append(group.Key).Append("**: ")
              .Append(string.Join("; ", group.Select(d => d.Generic + (d.Brands.Count > 0 ? " (" + string.Join(", ", d.Brands) + ")" : ""))))
              .Append('\n');
        sb.Append("- **not aggravating**: ").Append(string.Join(", ", DrugCatalog.BupropionNames)).Append('\n');
        sb.Append("\n### sources\n\n");
        foreach (var c in new[] { Sources.Irlssg2014, Sources.Irls2003, Sources.Who2024, Sources.Who2020, Sources.Aga2020, Sources.Aasm2024, Sources.Irlssg2018, Sources.Ganzoni1970 })
            sb.Append("- **").Append(c.Source).Append("**: ").Append(c.Reference).Append('\n');
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
