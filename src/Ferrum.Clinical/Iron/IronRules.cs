using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Iron;

/// <summary>Iron-status rules beyond the WHO tables: AGA 2020 ferritin in anemia, TSAT, microcytosis.</summary>
public static class IronRules
{
    /// <summary>AGA 2020: in anemia, ferritin &lt; 45 ng/mL indicates iron deficiency.</summary>
    public static ClinicalRule AgaFerritinInAnemia { get; } = new("iron.aga2020.ferritin-45-in-anemia", "iron",
        "In patients with anemia, a ferritin cut-off of 45 ng/mL (rather than 15) is suggested to diagnose iron deficiency.",
        Sources.Aga2020 with { Locator = "Recommendation 1 (strong, high quality): ferritin cutoff 45 ng/mL in anemia" }) { Threshold = 45, Unit = "ng/mL", Comparison = "<" };

    /// <summary>Low TSAT suggests iron-restricted erythropoiesis.</summary>
    public static ClinicalRule LowTsat { get; } = new("iron.tsat-below-20", "iron",
        "Transferrin saturation below 20% suggests iron deficiency or iron-restricted erythropoiesis even when ferritin is not low.",
        Sources.Aasm2024 with { Locator = "Good practice statement (TSAT < 20% as iron-deficiency parameter)" }) { Threshold = 20, Unit = "%", Comparison = "<" };

    /// <summary>TSAT computed from serum iron and TIBC.</summary>
    public static ClinicalRule TsatFromIronAndTibc { get; } = new("iron.tsat-computed", "iron",
        "Transferrin saturation (%) = serum iron / TIBC × 100 when not reported directly.",
        Sources.Aasm2024 with { Locator = "Good practice statement (TSAT calculated from iron and TIBC)" });

    /// <summary>Microcytosis in adults: MCV &lt; 80 fL.</summary>
    public static ClinicalRule Microcytosis { get; } = new("iron.microcytosis-adult", "iron",
        "In adults, MCV below 80 fL is microcytosis, which is typical of iron deficiency (and thalassaemia trait).",
        Sources.FerrumConvention with
        {
            Locator = "Conventional adult MCV lower limit",
            Note = "80 fL is the conventional adult lower reference limit (e.g. PMC3934467 Table 1: MCV 80-100 fL); children have age-specific limits and are not assessed.",
        }) { Threshold = 80, Unit = "fL", Comparison = "<" };

    /// <summary>Every iron rule, including the WHO tables.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
    [
        .. WhoHemoglobinCutoffs.All.Select(c => c.Rule), HemoglobinAdjustment.ElevationRule, HemoglobinAdjustment.SmokingRule,
        .. WhoFerritinThresholds.All, AgaFerritinInAnemia, LowTsat, TsatFromIronAndTibc, Microcytosis,
    ];
}
