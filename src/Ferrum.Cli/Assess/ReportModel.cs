using System.Globalization;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;
using Ferrum.Core.Provenance;

namespace Ferrum.Cli.Assess;

/// <summary>The clinician report as sections of lines with numbered references, shared by the text and HTML renderers.</summary>
internal sealed record ReportModel(string Title, IReadOnlyList<ReportSection> Sections, IReadOnlyList<Citation> References)
{
    public const string Disclaimer = "Supports a clinical decision; it does not prescribe. Discuss every finding with a clinician.";

    public static ReportModel Build(AssessmentResult r)
    {
        var refs = new List<Citation>();
        string Cite(IEnumerable<Citation> cs) => string.Concat(cs.Select(c =>
        {
            var i = refs.IndexOf(c);
            if (i < 0) { refs.Add(c); i = refs.Count - 1; }
            return string.Create(CultureInfo.InvariantCulture, $" [{i + 1}]");
        }));

        var sections = new List<ReportSection>();
        var rls = r.Rls;
        var rlsLines = new List<string>
        {
            "IRLSSG criteria: " + ContractNames.Of(rls.Status) + " (" + string.Join(", ", rls.Criteria.Select(c => c.Id + " " + (c.Met switch { true => "yes", false => "no", null => "?" }))) + ")",
            "Course: " + (rls.Course is { } course ? ContractNames.Of(course) : "not determined"),
            "IRLS: " + (rls.IrlsTotal is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t}/40 ({ContractNames.Of(rls.IrlsSeverity!.Value)})") : "not scored"),
        };
        if (rls.IrlsItems.Count > 0) rlsLines.Add("Items: " + string.Join(", ", rls.IrlsItems.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Label} {i.Score}"))));
        if (rls.MimicHints.Count > 0) rlsLines.Add("Consider mimics: " + string.Join("; ", rls.MimicHints));
        sections.Add(new("Restless legs syndrome", rlsLines));

        var iron = r.Iron;
        sections.Add(new("Iron and anemia",
        [
            "Hemoglobin: " + Num(iron.HemoglobinGPerL, "g/L") + (iron.HemoglobinThresholdGPerL is { } th ? " (anemia below " + Num(th, "g/L") + ")" : "")
                + " -> " + (iron.Anemia switch { true => ContractNames.Of(iron.AnemiaSeverity!.Value) + " anemia", false => "no anemia", null => "undetermined" }),
            "Ferritin: " + Num(iron.FerritinUgPerL, "ug/L") + (iron.FerritinThresholdUgPerL is { } ft ? " (WHO threshold " + Num(ft, "ug/L") + ")" : "")
                + "; TSAT: " + Num(iron.TsatPercent, "%") + (iron.TsatSource == "computed" ? " (computed)" : "")
                + "; CRP: " + Num(iron.CrpMgPerL, "mg/L") + "; MCV: " + Num(iron.McvFl, "fL"),
            "Iron deficiency: " + ContractNames.Of(iron.IronDeficiency) + "; inflammation: " + (iron.Inflammation switch { true => "yes", false => "no", null => "unknown" }),
        ]));

        var th2 = r.Therapy;
        var therapy = new List<string> { "Guidance suggests: " + ContractNames.Of(th2.Recommendation), th2.Details };
        if (th2.RecheckAfterWeeks is { } w) therapy.Add(string.Create(CultureInfo.InvariantCulture, $"Recheck iron studies after about {w} weeks."));
        if (th2.IronDeficit is { } d) therapy.Add(string.Create(CultureInfo.InvariantCulture, $"Iron deficit (Ganzoni): {d.TotalMg:0} mg (target Hb {d.TargetHemoglobinGPerL:0} g/L, stores {d.StoresMg:0} mg)."));
        therapy.AddRange(th2.Cautions.Select(c => "Caution: " + c));
        if (th2.DrawConditions is { } dc) therapy.Add("Draw: " + dc);
        sections.Add(new("RLS iron therapy", therapy));

        if (r.Workup.Count > 0) sections.Add(new("Work-up to consider", [.. r.Workup.Select(x => x.Text + Cite(x.Citations))]));
        if (r.AggravatingMedications.Count > 0)
            sections.Add(new("Medications that may aggravate RLS", [.. r.AggravatingMedications.Select(m => m.Name + ": " + m.Class + (m.Augmentation ? " (augmentation risk)" : "")
                + Cite(r.Findings.Where(f => f.Id.StartsWith("medications.", StringComparison.Ordinal)).SelectMany(f => f.Citations).Distinct().Take(1)))]));
        if (r.Undecided.Count > 0) sections.Add(new("Could not be decided", [.. r.Undecided]));
        // Work-up and medication findings are shown in their own sections above.
        sections.Add(new("Findings", [.. r.Findings.Where(f => !f.Id.StartsWith("workup.", StringComparison.Ordinal) && !f.Id.StartsWith("medications.", StringComparison.Ordinal) || f.Id == "medications.bupropion-neutral")
            .Select(f => f.Text + Cite(f.Citations))]));
        if (r.Warnings.Count > 0) sections.Add(new("Input warnings", [.. r.Warnings.Select(e => e.ToString())]));
        var title = string.Create(CultureInfo.InvariantCulture, $"Ferrum assessment, {r.AssessedOn:yyyy-MM-dd}, rule set {r.RuleSet}");
        return new ReportModel(title, sections, refs);
    }

    private static string Num(double? v, string unit) =>
        v is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) + " " + unit : "n/a";
}

/// <summary>One titled section of the report.</summary>
internal sealed record ReportSection(string Title, IReadOnlyList<string> Lines);
