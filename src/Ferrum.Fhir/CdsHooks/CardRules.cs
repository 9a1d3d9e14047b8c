using Ferrum.Clinical.Medications;
using Ferrum.Clinical.Rules;
using Ferrum.Clinical.Therapy;
using Ferrum.Core.Provenance;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>The rules behind Ferrum's order cards, as data with provenance; the patient-view cards use the engine's findings.</summary>
internal static class CardRules
{
    private const string SummaryOnly = "Confirmed against the AASM's published summary of the guideline (aasm.org), not against the full text.";
    private const string NotConfirmed = "Not confirmed against the primary text: taken from secondary summaries; verify before relying on it.";

    /// <summary>AASM 2024: dopamine agonists and levodopa conditionally recommended against for standard use (augmentation).</summary>
    public static ClinicalRule DopaminergicAgainst { get; } = new("cds.aasm.dopaminergic-conditional-against", "medications",
        "The AASM 2024 guideline suggests against the standard use of pramipexole, ropinirole, rotigotine and levodopa for RLS because of the high long-term risk of augmentation (conditional recommendation).",
        Sources.Aasm2024 with { Locator = "Recommendations on dopamine agonists and levodopa", Note = SummaryOnly });

    /// <summary>AASM 2024: alpha-2-delta ligands recommended.</summary>
    public static ClinicalRule AlphaTwoDelta { get; } = new("cds.aasm.alpha-2-delta", "medications",
        "The AASM 2024 guideline recommends gabapentin enacarbil, gabapentin or pregabalin (alpha-2-delta ligands) for RLS, and checking iron status first.",
        Sources.Aasm2024 with { Locator = "Recommendations on alpha-2-delta ligands", Note = NotConfirmed });

    /// <summary>Alternate-day single dosing raises fractional absorption of oral iron.</summary>
    public static ClinicalRule AlternateDay { get; } = new("cds.iron.alternate-day", "therapy",
        "A single oral iron dose on alternate days is absorbed better per dose than daily or split dosing, because a dose raises hepcidin for about a day.",
        new Citation("Stoffel 2017", "Lancet Haematol 2017;4(11):e524-e533, main results")
        {
            Reference = "Stoffel NU, Cercamondi CI, Brittenham G, et al. Iron absorption from oral iron supplements given on consecutive versus alternate days and as single morning doses versus twice-daily split dosing in iron-depleted women: two open-label, randomised controlled trials. Lancet Haematol. 2017;4(11):e524-e533. doi:10.1016/S2352-3026(17)30182-5",
            Url = new Uri("https://doi.org/10.1016/S2352-3026(17)30182-5"), Note = NotConfirmed,
        });

    /// <summary>Tea, coffee and calcium inhibit non-heme iron absorption.</summary>
    public static ClinicalRule Inhibitors { get; } = new("cds.iron.inhibitors", "therapy",
        "Tea and coffee (polyphenols) and calcium (supplements, dairy) reduce non-heme iron absorption; take iron at least 1-2 hours apart from them.",
        new Citation("Hurrell 1999; Hallberg 1991", "polyphenol beverages; calcium")
        {
            Reference = "Hurrell RF, Reddy M, Cook JD. Inhibition of non-haem iron absorption in man by polyphenolic-containing beverages. Br J Nutr. 1999;81(4):289-295. Hallberg L, Brune M, Erlandsson M, et al. Calcium: effect of different amounts on nonheme- and heme-iron absorption in humans. Am J Clin Nutr. 1991;53(1):112-119.",
            Note = NotConfirmed + " The 1-2 hour spacing is a common clinical convention, not a number from these studies.",
        });

    /// <summary>The IRLSSG 2018 oral iron rule (with vitamin C, daily or alternate days), from the engine's rule set.</summary>
    public static ClinicalRule OralIron => TherapyRules.IrlssgOral;

    /// <summary>Alternatives by aggravating drug class; text says what to discuss, never prescribes.</summary>
    public static (string Text, ClinicalRule Rule) AlternativeFor(string drugClass) => drugClass switch
    {
        "SSRI" or "SNRI" or "tricyclic antidepressant" or "tetracyclic antidepressant" =>
            ("Bupropion is not reported to aggravate RLS and is an antidepressant option to discuss.", MedicationRules.Bupropion),
        "sedating antihistamine" =>
            ("A non-sedating (second-generation) antihistamine, such as loratadine or fexofenadine, is less likely to aggravate RLS.", SecondGeneration),
        "antiemetic (dopamine antagonist)" =>
            ("Ondansetron (a 5-HT3 antagonist) is an antiemetic without dopamine antagonism to discuss.", Ondansetron),
        _ => ("No RLS-neutral alternative is established for this class; review the indication and dose with the prescriber.", MedicationRules.DopamineAntagonists),
    };

    private static ClinicalRule SecondGeneration { get; } = new("cds.alternatives.non-sedating-antihistamine", "medications",
        "Non-sedating antihistamines are suggested in place of sedating ones for people with RLS.",
        Sources.AggravatingDrugs with { Locator = "Medications that exacerbate RLS: alternatives", Note = NotConfirmed });

    private static ClinicalRule Ondansetron { get; } = new("cds.alternatives.ondansetron", "medications",
        "Antiemetics without dopamine antagonism (such as ondansetron) are suggested in place of metoclopramide or prochlorperazine for people with RLS.",
        Sources.AggravatingDrugs with { Locator = "Medications that exacerbate RLS: alternatives", Note = NotConfirmed });

    /// <summary>Every card rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [DopaminergicAgainst, AlphaTwoDelta, AlternateDay, Inhibitors, SecondGeneration, Ondansetron];
}
