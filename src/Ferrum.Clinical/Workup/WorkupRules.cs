using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Workup;

/// <summary>AGA 2020 work-up of iron-deficiency anemia and the common causes of iron deficiency, as data.</summary>
public static class WorkupRules
{
    private static ClinicalRule Aga(string id, string text, string locator, string? note = null) =>
        new("workup." + id, "workup", text, Sources.Aga2020 with { Locator = locator, Note = note });

    /// <summary>Bidirectional endoscopy for men and postmenopausal women with IDA.</summary>
    public static ClinicalRule EndoscopyMenPostmenopausal { get; } = Aga("gi-evaluation", "In asymptomatic men and postmenopausal women with iron-deficiency anemia, bidirectional endoscopy is recommended over no endoscopy.", "Recommendation 2 (strong, moderate quality)");

    /// <summary>Bidirectional endoscopy suggested for premenopausal women with IDA.</summary>
    public static ClinicalRule EndoscopyPremenopausal { get; } = Aga("gi-evaluation-premenopausal", "In asymptomatic premenopausal women with iron-deficiency anemia, bidirectional endoscopy is suggested over iron supplementation alone (conditional).", "Recommendation 3 (conditional, moderate quality)");

    /// <summary>Non-invasive H. pylori testing.</summary>
    public static ClinicalRule HPylori { get; } = Aga("h-pylori", "In iron-deficiency anemia without other explanation after endoscopy, non-invasive testing for H. pylori (and treatment if positive) is suggested.", "Recommendation 4 (conditional, low quality)");

    /// <summary>Celiac serology.</summary>
    public static ClinicalRule Celiac { get; } = Aga("celiac-serology", "In asymptomatic adults with iron-deficiency anemia and plausible celiac disease, initial celiac serology is suggested, followed by small-bowel biopsy only if positive.", "Recommendation 6 (conditional, very low quality)");

    /// <summary>Heavy menstrual bleeding as a cause.</summary>
    public static ClinicalRule HeavyMenstrualBleeding { get; } = Aga("heavy-menstrual-bleeding", "Heavy menstrual bleeding is a common cause of iron deficiency in premenopausal women and should be asked about.", "Introduction, causes of iron deficiency", "Cause named in the AGA 2020 background, not a graded recommendation.");

    /// <summary>Bariatric surgery as a cause.</summary>
    public static ClinicalRule Bariatric { get; } = Aga("bariatric-surgery", "Bariatric surgery reduces iron absorption and is a recognised cause of iron deficiency.", "Introduction, causes of iron deficiency", "Cause named in the AGA 2020 background, not a graded recommendation.");

    /// <summary>Diet as a cause.</summary>
    public static ClinicalRule Diet { get; } = Aga("diet", "Low dietary iron intake (for example a vegetarian or vegan diet without attention to iron) can contribute to iron deficiency.", "Introduction, causes of iron deficiency", "Cause named in the AGA 2020 background, not a graded recommendation.");

    /// <summary>Pregnancy as a cause.</summary>
    public static ClinicalRule Pregnancy { get; } = Aga("pregnancy", "Pregnancy increases iron requirements; GI evaluation recommendations do not address pregnancy.", "Introduction and scope", "AGA 2020 excludes pregnant women from the endoscopy recommendations.");

    /// <summary>Chronic blood loss (GI bleeding, blood donation).</summary>
    public static ClinicalRule BloodLoss { get; } = Aga("blood-loss", "Chronic blood loss (gastrointestinal bleeding, frequent blood donation) is a common cause of iron deficiency.", "Introduction, causes of iron deficiency", "Cause named in the AGA 2020 background, not a graded recommendation.");

    /// <summary>Every work-up rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [EndoscopyMenPostmenopausal, EndoscopyPremenopausal, HPylori, Celiac, HeavyMenstrualBleeding, Bariatric, Diet, Pregnancy, BloodLoss];
}
