using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Therapy;

/// <summary>RLS iron-therapy thresholds of AASM 2024 and IRLSSG 2018, as data.</summary>
public static class TherapyRules
{
    private const string AbstractChecked = "Confirmed against the guideline abstract (PubMed 39324694).";
    private const string SecondaryOnly = "Not confirmed against the primary text: taken from secondary summaries of the guideline; verify before relying on it.";

    /// <summary>AASM: oral or IV iron when ferritin ≤ 75 ng/mL or TSAT &lt; 20%.</summary>
    public static ClinicalRule AasmOralOrIv { get; } = new("therapy.aasm.ferritin-75-or-tsat-20", "therapy",
        "Adults with RLS: iron supplementation (oral or IV) is suggested when ferritin <= 75 ng/mL or TSAT < 20%.",
        Sources.Aasm2024 with { Locator = "Good practice statement 1", Note = AbstractChecked }) { Threshold = 75, Unit = "ng/mL", Comparison = "<=" };

    /// <summary>AASM: IV iron only when ferritin is between 75 and 100 ng/mL.</summary>
    public static ClinicalRule AasmIvOnly { get; } = new("therapy.aasm.ferritin-75-100-iv", "therapy",
        "Adults with RLS: only IV iron is suggested when ferritin is above 75 and at most 100 ng/mL.",
        Sources.Aasm2024 with { Locator = "Good practice statement 1", Note = AbstractChecked + " The abstract says 'between 75 and 100'; Ferrum treats 100 as included." })
    { Threshold = 100, Unit = "ng/mL", Comparison = "<=" };

    /// <summary>AASM: no iron when TSAT ≥ 45%.</summary>
    public static ClinicalRule AasmTsatCeiling { get; } = new("therapy.aasm.tsat-45-no-iron", "therapy",
        "Iron is not suggested when TSAT >= 45% (risk of iron overload).",
        Sources.Aasm2024 with { Locator = "Good practice statement 1 (iron studies)", Note = SecondaryOnly }) { Threshold = 45, Unit = "%", Comparison = ">=" };

    /// <summary>AASM: children, ferritin &lt; 50 ng/mL.</summary>
    public static ClinicalRule AasmChildren { get; } = new("therapy.aasm.children-ferritin-50", "therapy",
        "Children with RLS: iron supplementation is suggested when ferritin < 50 ng/mL.",
        Sources.Aasm2024 with { Locator = "Pediatric recommendations (iron)", Note = SecondaryOnly }) { Threshold = 50, Unit = "ng/mL", Comparison = "<" };

    /// <summary>AASM: ESRD, IV iron sucrose when ferritin &lt; 200 and TSAT &lt; 20%.</summary>
    public static ClinicalRule AasmEsrd { get; } = new("therapy.aasm.esrd-iron-sucrose", "therapy",
        "Adults with RLS and end-stage renal disease: IV iron sucrose is suggested when ferritin < 200 ng/mL and TSAT < 20%.",
        Sources.Aasm2024 with { Locator = "Recommendations for RLS in ESRD", Note = SecondaryOnly }) { Threshold = 200, Unit = "ng/mL", Comparison = "<" };

    /// <summary>IRLSSG 2018: ferric carboxymaltose 1000 mg when ferritin &lt; 300 µg/L in moderate–severe RLS.</summary>
    public static ClinicalRule IrlssgFcm { get; } = new("therapy.irlssg2018.fcm-ferritin-300", "therapy",
        "Ferric carboxymaltose 1000 mg is effective for moderate to severe RLS when ferritin < 300 ug/L.",
        Sources.Irlssg2018 with { Locator = "Abstract, results; adult recommendations", Note = "Confirmed against the guideline abstract (PubMed 29425576)." })
    { Threshold = 300, Unit = "ug/L", Comparison = "<" };

    /// <summary>IRLSSG 2018: oral iron 65 mg elemental when ferritin ≤ 75 µg/L.</summary>
    public static ClinicalRule IrlssgOral { get; } = new("therapy.irlssg2018.oral-ferritin-75", "therapy",
        "Oral ferrous sulfate (65 mg elemental iron), taken with vitamin C, daily or on alternate days, may be considered when ferritin <= 75 ug/L.",
        Sources.Irlssg2018 with { Locator = "Adult recommendations, oral iron", Note = SecondaryOnly }) { Threshold = 75, Unit = "ug/L", Comparison = "<=" };

    /// <summary>Draw conditions for iron studies.</summary>
    public static ClinicalRule DrawConditions { get; } = new("therapy.aasm.draw-conditions", "therapy",
        "Iron studies should be drawn in the morning, after at least 24 hours without iron-containing supplements or foods.",
        Sources.Aasm2024 with { Locator = "Good practice statement 1", Note = AbstractChecked }) { Threshold = 24, Unit = "h", Comparison = ">=" };

    /// <summary>Recheck after about 12 weeks.</summary>
    public static ClinicalRule Recheck { get; } = new("therapy.irlssg2018.recheck-12-weeks", "therapy",
        "Iron studies are typically rechecked about 12 weeks after starting iron.",
        Sources.Irlssg2018 with { Locator = "Follow-up of iron treatment", Note = SecondaryOnly }) { Threshold = 12, Unit = "weeks", Comparison = "=" };

    /// <summary>Hypophosphatemia with ferric carboxymaltose.</summary>
    public static ClinicalRule Hypophosphatemia { get; } = new("therapy.fcm-hypophosphatemia", "therapy",
        "Ferric carboxymaltose can cause hypophosphatemia; phosphate monitoring is advised with repeated doses.",
        Sources.Irlssg2018 with { Locator = "Safety of IV iron formulations", Note = SecondaryOnly });

    /// <summary>Ganzoni iron-deficit formula and its conventions.</summary>
    public static ClinicalRule Ganzoni { get; } = new("therapy.ganzoni", "therapy",
        "Total iron deficit (mg) = weight(kg) × (target Hb − actual Hb)(g/dL) × 2.4 + iron stores; target Hb 15 g/dL and stores 500 mg at >= 35 kg, otherwise target 13 g/dL and stores 15 mg/kg.",
        Sources.Ganzoni1970 with { Note = "Target Hb and store conventions as commonly used in IV iron product labels; the original paper was not available to confirm them." });

    /// <summary>Every therapy rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [AasmOralOrIv, AasmIvOnly, AasmTsatCeiling, AasmChildren, AasmEsrd, IrlssgFcm, IrlssgOral, DrawConditions, Recheck, Hypophosphatemia, Ganzoni];
}
