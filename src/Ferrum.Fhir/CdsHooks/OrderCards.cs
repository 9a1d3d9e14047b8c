using Ferrum.Clinical.Medications;
using Ferrum.Clinical.Therapy;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>Cards for <c>order-select</c> and <c>order-sign</c>: one check per draft medication order.</summary>
internal static class OrderCards
{
    /// <summary>Cards for the draft <paramref name="orders"/> of a patient assessed as <paramref name="a"/>.</summary>
    public static List<CdsCard> For(FhirPatientAssessment a, IEnumerable<MedicationRequest> orders, IReadOnlyList<CdsLink> links)
    {
        var cards = new List<CdsCard>();
        var rls = PatientViewCards.HasRls(a);
        foreach (var order in orders)
        {
            var tmp = new PatientRecord(a.PatientId);
            ResourceMapper.Add(tmp, order);
            if (tmp.Medications.FirstOrDefault() is not { } med) continue;
            var forRls = rls || order.ReasonCode.SelectMany(c => c.Coding).Any(c => ConditionCodes.Map(c.System, c.Code)?.Kind == ConditionKind.RestlessLegs);
            var entry = DrugCatalog.Match(med.Name);
            if (entry is { Augmentation: true } && forRls) cards.Add(Augmentation(a.PatientId, med, entry, links));
            else if (entry is { Augmentation: false } && rls) cards.Add(Aggravating(a.PatientId, med, entry, links));
            var route = order.DosageInstruction.Select(d => d.Route?.Text ?? d.Route?.Coding.FirstOrDefault()?.Display).FirstOrDefault(r => r is not null);
            if (IronProducts.IsOral(med.Name, route)) cards.Add(OralIron(a, med, links));
        }
        return cards;
    }

    private static CdsCard Augmentation(string id, MedicationFact med, DrugEntry entry, IReadOnlyList<CdsLink> links) =>
        CardFactory.ForRule(id, "order:augmentation:" + med.ResourceId, "warning",
            $"Ordering {entry.Generic} for RLS: risk of augmentation; AASM 2024 suggests against standard use",
            $"{CardRules.DopaminergicAgainst.Statement}\n\n{entry.Rule.Statement}\n\n**Alternatives to discuss:** {CardRules.AlphaTwoDelta.Statement}",
            [CardRules.DopaminergicAgainst, entry.Rule, CardRules.AlphaTwoDelta], links);

    private static CdsCard Aggravating(string id, MedicationFact med, DrugEntry entry, IReadOnlyList<CdsLink> links)
    {
        var (alternative, rule) = CardRules.AlternativeFor(entry.Class);
        return CardFactory.ForRule(id, "order:aggravating:" + med.ResourceId, "warning",
            $"{entry.Generic} ({entry.Class}) can worsen this patient's RLS; consider alternatives",
            $"{entry.Rule.Statement}\n\n**Alternative to discuss:** {alternative}", [entry.Rule, rule], links);
    }

    private static CdsCard OralIron(FhirPatientAssessment a, MedicationFact med, IReadOnlyList<CdsLink> links)
    {
        var status = a.Result?.Iron.FerritinUgPerL is { } f
            ? $"\n\nLatest ferritin: {f.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} ng/mL" + (PatientViewCards.HasRls(a)
                ? $" (RLS iron threshold {TherapyRules.AasmOralOrIv.Threshold!.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} ng/mL, AASM 2024)." : ".")
            : "";
        var detail = "**Oral iron: how to take it**\n"
            + "\n- One dose on alternate days rather than daily or split doses: " + CardRules.AlternateDay.Statement
            + "\n- With vitamin C (e.g. a glass of orange juice or a vitamin C tablet): " + CardRules.OralIron.Statement
            + "\n- Away from tea, coffee and calcium: " + CardRules.Inhibitors.Statement
            + status;
        return CardFactory.ForRule(a.PatientId, "order:oral-iron:" + med.ResourceId, "info",
            "Oral iron: one dose on alternate days, with vitamin C, apart from tea, coffee and calcium",
            detail, [CardRules.AlternateDay, CardRules.OralIron, CardRules.Inhibitors], links);
    }
}
