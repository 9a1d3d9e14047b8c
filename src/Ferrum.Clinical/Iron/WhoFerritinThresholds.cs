using Ferrum.Clinical.Rules;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Iron;

/// <summary>WHO 2020 ferritin thresholds for iron deficiency (µg/L) and the CRP definition of inflammation.</summary>
public static class WhoFerritinThresholds
{
    private static ClinicalRule Rule(string id, string text, double threshold, string locator) =>
        new("iron.who2020." + id, "iron", text, Sources.Who2020 with { Locator = locator }) { Threshold = threshold, Unit = "ug/L", Comparison = "<" };

    /// <summary>Under 5 years, apparently healthy: &lt; 12 µg/L.</summary>
    public static ClinicalRule Under5 { get; } = Rule("ferritin-under-5", "Children under 5 years without inflammation: iron deficiency when ferritin < 12 ug/L.", 12, "Recommendation 2, children < 5 years");

    /// <summary>Under 5 years with inflammation: &lt; 30 µg/L.</summary>
    public static ClinicalRule Under5Inflamed { get; } = Rule("ferritin-under-5-inflammation", "Children under 5 years with infection or inflammation: iron deficiency when ferritin < 30 ug/L.", 30, "Recommendation 2, children < 5 years with inflammation");

    /// <summary>5 years and older, apparently healthy: &lt; 15 µg/L.</summary>
    public static ClinicalRule From5 { get; } = Rule("ferritin-5-plus", "Individuals 5 years and older without inflammation: iron deficiency when ferritin < 15 ug/L.", 15, "Recommendation 2, individuals >= 5 years");

    /// <summary>5 years and older with inflammation: &lt; 70 µg/L.</summary>
    public static ClinicalRule From5Inflamed { get; } = Rule("ferritin-5-plus-inflammation", "Individuals 5 years and older with infection or inflammation: iron deficiency when ferritin < 70 ug/L.", 70, "Recommendation 2, individuals >= 5 years with inflammation");

    /// <summary>Inflammation: CRP ≥ 5 mg/L.</summary>
    public static ClinicalRule Inflammation { get; } = new("iron.who2020.inflammation-crp", "iron",
        "Inflammation is present when CRP >= 5 mg/L (WHO also accepts AGP >= 1 g/L, which Ferrum does not read yet).",
        Sources.Who2020 with
        {
            Locator = "Remarks on inflammation markers (CRP and AGP); cut-offs as in r-micronutrients: CRP >= 5 mg/L, AGP >= 1 g/L",
            Note = "The comparison at exactly 5 mg/L could not be confirmed against the guideline text: WHO's r-micronutrients "
                + "classifies CRP >= 5 mg/L or AGP >= 1 g/L as inflammation (R/indicators-ferritin.R, cut-off method), while its "
                + "arithmetic correction and the studies WHO draws on (Thurnham et al., Am J Clin Nutr 2010; Namaste et al., "
                + "Am J Clin Nutr 2017) use CRP > 5 mg/L and AGP > 1 g/L. Ferrum follows r-micronutrients' cut-off method.",
        }) { Threshold = 5, Unit = "mg/L", Comparison = ">=" };

    private static ClinicalRule Overload(string id, string text, double threshold, string locator) =>
        new("iron.who2020." + id, "iron", text, Sources.Who2020 with { Locator = locator }) { Threshold = threshold, Unit = "ug/L", Comparison = ">" };

    /// <summary>Risk of iron overload, females 5 years and older without inflammation: &gt; 150 µg/L.</summary>
    public static ClinicalRule OverloadFemale { get; } = Overload("overload-female", "Females 5 years and older without inflammation: risk of iron overload when ferritin > 150 ug/L.", 150, "Recommendation 3, apparently healthy females");

    /// <summary>Risk of iron overload, males 5 years and older without inflammation: &gt; 200 µg/L.</summary>
    public static ClinicalRule OverloadMale { get; } = Overload("overload-male", "Males 5 years and older without inflammation: risk of iron overload when ferritin > 200 ug/L.", 200, "Recommendation 3, apparently healthy males");

    /// <summary>Risk of iron overload with inflammation, 5 years and older: &gt; 500 µg/L.</summary>
    public static ClinicalRule OverloadInflamed { get; } = Overload("overload-inflammation", "Individuals 5 years and older with infection or inflammation: risk of iron overload when ferritin > 500 ug/L.", 500, "Recommendation 3, non-healthy individuals");

    /// <summary>Every ferritin rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [Under5, Under5Inflamed, From5, From5Inflamed, Inflammation, OverloadFemale, OverloadMale, OverloadInflamed];

    /// <summary>The overload rule for the patient, or null under 5 years (WHO gives none).</summary>
    public static ClinicalRule? OverloadFor(PatientContext patient, bool inflamed)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.AgeMonths < 60) return null;
        return inflamed ? OverloadInflamed : patient.Sex == Sex.Female ? OverloadFemale : OverloadMale;
    }

    /// <summary>The rule that applies for the patient's age and inflammation status.</summary>
    public static ClinicalRule For(PatientContext patient, bool inflamed)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return patient.AgeMonths < 60 ? (inflamed ? Under5Inflamed : Under5) : (inflamed ? From5Inflamed : From5);
    }
}
