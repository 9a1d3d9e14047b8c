using System.Globalization;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;
using Ferrum.Clinical.Medications;
using Ferrum.Clinical.Therapy;
using Ferrum.Core.Provenance;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>Cards for <c>patient-view</c>, built from the engine's assessment and its cited findings.</summary>
internal static class PatientViewCards
{
    /// <summary>The cards for one assessed patient; <paramref name="links"/> go on every card.</summary>
    public static List<CdsCard> For(FhirPatientAssessment a, IReadOnlyList<CdsLink> links)
    {
        var cards = new List<CdsCard>();
        if (a.Result is not { } r) return cards;
        var id = a.PatientId;
        var rls = HasRls(a);
        if (rls) cards.Add(Therapy(id, r, links));
        if (r.Iron.Anemia == true) cards.Add(Anemia(id, r, links));
        if (r.Rls.Status == RlsStatus.Met || r.Rls.IrlsTotal is not null) cards.Add(RlsStatusCard(id, r, links));
        if (rls)
            foreach (var med in r.AggravatingMedications) cards.Add(Medication(id, med, links));
        return cards;
    }

    /// <summary>RLS criteria met, or a coded RLS diagnosis.</summary>
    internal static bool HasRls(FhirPatientAssessment a) =>
        a.Result?.Rls.Status == RlsStatus.Met || a.Issues.Any(i => i.Code == "condition.rls-diagnosis-as-criteria");

    private static string Num(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static CdsCard Therapy(string id, AssessmentResult r, IReadOnlyList<CdsLink> links)
    {
        var findings = r.Findings.Where(f => f.Id.StartsWith("therapy.", StringComparison.Ordinal)).ToList();
        var citations = findings.SelectMany(f => f.Citations).ToList();
        var threshold = TherapyRules.AasmOralOrIv.Threshold!.Value;
        var ferritin = r.Iron.FerritinUgPerL;
        string summary, indicator;
        switch (r.Therapy.Recommendation)
        {
            case TherapySuggestion.OralIron or TherapySuggestion.IvIron or TherapySuggestion.OralOrIvIron:
                indicator = "warning";
                summary = ferritin is { } f && f <= threshold
                    ? $"Ferritin {Num(f)} ng/mL: at or below the {Num(threshold)} ng/mL RLS iron threshold (AASM 2024)"
                    : $"RLS: iron studies suggest {ContractNames.Of(r.Therapy.Recommendation)} per AASM 2024" + (ferritin is { } f2 ? $" (ferritin {Num(f2)} ng/mL)" : "");
                break;
            case TherapySuggestion.InsufficientData:
                indicator = "info";
                summary = "RLS: ferritin and transferrin saturation are needed to decide on iron therapy (AASM 2024)";
                citations.Insert(0, TherapyRules.AasmOralOrIv.Citation);
                break;
            default:
                indicator = "info";
                summary = "RLS: iron studies do not call for iron therapy under AASM 2024 thresholds" + (ferritin is { } f3 ? $" (ferritin {Num(f3)} ng/mL)" : "");
                break;
        }
        var detail = $"**RLS iron therapy: {ContractNames.Of(r.Therapy.Recommendation)}**\n\n{r.Therapy.Details}"
            + (r.Therapy.RecheckAfterWeeks is { } w ? $"\n\nRecheck iron studies after about {w} weeks." : "")
            + string.Concat(findings.Select(f => "\n- " + f.Text));
        return CardFactory.Create(id, "therapy", indicator, summary, detail, citations, links);
    }

    private static CdsCard Anemia(string id, AssessmentResult r, IReadOnlyList<CdsLink> links)
    {
        var finding = r.Findings.FirstOrDefault(f => f.Id.StartsWith("iron.who2024.hb", StringComparison.Ordinal));
        var hb = r.Iron.HemoglobinGPerL;
        var threshold = r.Iron.HemoglobinThresholdGPerL;
        var summary = hb is { } h && threshold is { } t
            ? $"Hemoglobin {Num(h)} g/L: below the WHO anemia threshold of {Num(t)} g/L" + (r.Iron.AnemiaSeverity is { } s ? $" ({ContractNames.Of(s)})" : "")
            : "Anemia by the WHO hemoglobin threshold";
        var indicator = r.Iron.AnemiaSeverity == AnemiaSeverity.Severe ? "critical" : "warning";
        var related = r.Findings.Where(f => f.Id.StartsWith("iron.", StringComparison.Ordinal)).ToList();
        var detail = "**Anemia**\n" + string.Concat(related.Select(f => "\n- " + f.Text))
            + $"\n\nIron deficiency: {ContractNames.Of(r.Iron.IronDeficiency)}.";
        var citations = (finding is null ? [] : finding.Citations).Concat(related.SelectMany(f => f.Citations)).ToList();
        return CardFactory.Create(id, "anemia", indicator, summary, detail, citations, links);
    }

    private static CdsCard RlsStatusCard(string id, AssessmentResult r, IReadOnlyList<CdsLink> links)
    {
        var summary = "RLS diagnostic criteria (IRLSSG): " + ContractNames.Of(r.Rls.Status)
            + (r.Rls.IrlsTotal is { } t ? string.Create(CultureInfo.InvariantCulture, $"; IRLS {t}/40") + (r.Rls.IrlsSeverity is { } s ? " (" + ContractNames.Of(s) + ")" : "") : "");
        var findings = r.Findings.Where(f => f.Id.StartsWith("rls.", StringComparison.Ordinal) || f.Id.StartsWith("irls.", StringComparison.Ordinal)).ToList();
        var detail = "**RLS**" + string.Concat(findings.Select(f => "\n- " + f.Text));
        return CardFactory.Create(id, "rls-status", "info", summary, detail, findings.SelectMany(f => f.Citations).ToList(), links);
    }

    private static CdsCard Medication(string id, AggravatingMedication med, IReadOnlyList<CdsLink> links)
    {
        var entry = DrugCatalog.Match(med.Name);
        var rule = entry?.Rule;
        var (alternative, altRule) = med.Augmentation ? (CardRules.AlphaTwoDelta.Statement, CardRules.AlphaTwoDelta) : CardRules.AlternativeFor(med.Class);
        var name = med.Generic ?? med.Name;
        var summary = med.Augmentation
            ? $"{name}: dopaminergic RLS drug with a risk of augmentation (AASM 2024)"
            : $"{name} ({med.Class}) can worsen RLS; discuss alternatives";
        var detail = (rule is null ? "" : rule.Statement + "\n\n") + "**Alternative to discuss:** " + alternative;
        var citations = new List<Citation>();
        if (rule is not null) citations.Add(rule.Citation);
        citations.Add(altRule.Citation);
        return CardFactory.Create(id, "medication:" + name, "warning", summary, detail, citations, links);
    }
}
