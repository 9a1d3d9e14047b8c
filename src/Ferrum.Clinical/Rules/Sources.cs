using Ferrum.Core.Provenance;

namespace Ferrum.Clinical.Rules;

/// <summary>The published sources of the rule set, each a <see cref="Citation"/> that rules refine with a locator and note.</summary>
public static class Sources
{
    /// <summary>IRLSSG consensus diagnostic criteria (approved 2012).</summary>
    public static Citation Irlssg2014 { get; } = new("IRLSSG 2012 criteria (Allen et al. 2014)", "Table 1, essential criteria and specifiers")
    {
        Reference = "Allen RP, Picchietti DL, Garcia-Borreguero D, et al. Restless legs syndrome/Willis-Ekbom disease diagnostic criteria: updated International Restless Legs Syndrome Study Group (IRLSSG) consensus criteria. Sleep Med. 2014;15(8):860-873. doi:10.1016/j.sleep.2014.03.025",
    };

    /// <summary>The IRLS rating scale (Walters et al. 2003).</summary>
    public static Citation Irls2003 { get; } = new("IRLS (Walters et al. 2003)", "scoring: 10 items 0-4, total 0-40, severity bands")
    {
        Reference = "Walters AS, LeBrocq C, Dhar A, et al. Validation of the International Restless Legs Syndrome Study Group rating scale for restless legs syndrome. Sleep Med. 2003;4(2):121-132. Item wording is licensed (MAPI Research Trust) and is not reproduced.",
    };

    /// <summary>WHO 2024 guideline on haemoglobin cut-offs.</summary>
    public static Citation Who2024 { get; } = new("WHO 2024", "Guideline on haemoglobin cutoffs to define anaemia, Table 1 and elevation/smoking adjustments")
    {
        Reference = "World Health Organization. Guideline on haemoglobin cutoffs to define anaemia in individuals and populations. Geneva: WHO; 2024.",
        Note = "Values as implemented in WHO's reference R package WorldHealthOrganization/r-micronutrients (R/indicators-anaemia.R); golden cases in tests/reference/clinical.",
    };

    /// <summary>WHO 2020 guideline on ferritin.</summary>
    public static Citation Who2020 { get; } = new("WHO 2020", "Guideline on the use of ferritin concentrations, recommendations 2-3")
    {
        Reference = "World Health Organization. WHO guideline on use of ferritin concentrations to assess iron status in individuals and populations. Geneva: WHO; 2020.",
        Note = "Thresholds as implemented in WorldHealthOrganization/r-micronutrients (R/indicators-ferritin.R).",
    };

    /// <summary>AGA 2020 guideline on the gastrointestinal evaluation of iron-deficiency anemia.</summary>
    public static Citation Aga2020 { get; } = new("AGA 2020", "Ko CW et al., recommendations 1-7")
    {
        Reference = "Ko CW, Siddique SM, Patel A, Harris A, Sultan S, Altayar O, Falck-Ytter Y. AGA clinical practice guidelines on the gastrointestinal evaluation of iron deficiency anemia. Gastroenterology. 2020;159:1085-1094.",
        Note = "Recommendation numbers and wording checked against the AGA summary at gastro.org/clinical-guidance.",
    };

    /// <summary>AASM clinical practice guideline on the treatment of RLS and PLMD.</summary>
    public static Citation Aasm2024 { get; } = new("AASM 2024", "Winkelman et al., good practice statement and iron recommendations")
    {
        Reference = "Winkelman JW, et al. Treatment of restless legs syndrome and periodic limb movement disorder: an American Academy of Sleep Medicine clinical practice guideline. J Clin Sleep Med. Published online 2024 Sep 26. doi:10.5664/jcsm.11390 (PubMed 39324694)",
    };

    /// <summary>IRLSSG 2018 task-force guideline on iron treatment of RLS.</summary>
    public static Citation Irlssg2018 { get; } = new("IRLSSG 2018", "Allen et al., iron treatment guidelines (adults and children)")
    {
        Reference = "Allen RP, Picchietti DL, Auerbach M, et al. Evidence-based and consensus clinical practice guidelines for the iron treatment of restless legs syndrome/Willis-Ekbom disease in adults and children: an IRLSSG task force report. Sleep Med. 2018 Jan (PubMed 29425576)",
    };

    /// <summary>Ganzoni's total iron-deficit formula.</summary>
    public static Citation Ganzoni1970 { get; } = new("Ganzoni 1970", "total iron deficit formula")
    {
        Reference = "Ganzoni AM. Intravenous iron-dextran: therapeutic and experimental possibilities. Schweiz Med Wochenschr. 1970;100(7):301-303.",
    };

    /// <summary>Drugs reported to aggravate RLS, as summarised by the AASM 2024 guideline and RLS reviews.</summary>
    public static Citation AggravatingDrugs { get; } = new("AASM 2024", "Winkelman et al., discussion of medications that exacerbate RLS")
    {
        Reference = "Winkelman JW et al. J Clin Sleep Med 2024 (PubMed 39324694).",
        Note = "Drug classes confirmed against secondary summaries of the guideline; the primary text was not available to confirm each agent.",
    };

    /// <summary>Ferrum's own convention where no guideline gives a number.</summary>
    public static Citation FerrumConvention { get; } = new("Ferrum convention", "docs/clinical-rules.md")
    {
        Note = "Not a guideline value: a convention of this rule set, stated so it can be reviewed.",
    };
}
