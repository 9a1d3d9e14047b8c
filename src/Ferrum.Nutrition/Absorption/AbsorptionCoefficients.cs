using Ferrum.Core.Provenance;

namespace Ferrum.Nutrition.Absorption;

/// <summary>Every coefficient of Ferrum's absorbed-iron model, each with the source it was transcribed from.</summary>
/// <remarks>
/// Models left out (coefficients not obtainable as primary text in this project's sources): the Monsen 1978
/// non-heme availability table, the Monsen &amp; Balintfy 1982 continuous enhancing-factor equation and every
/// Hallberg &amp; Hulthén 2000 factor (phytate, polyphenols, calcium, egg, soy, alcohol). See docs/nutrition.md.
/// </remarks>
public static class AbsorptionCoefficients
{
    /// <summary>Model identifier written into every output.</summary>
    public const string ModelId = "ferrum-absorption/2026.1";

    private const string Monsen1978Ref = "Monsen ER, Hallberg L, Layrisse M, et al. Estimation of available dietary iron. Am J Clin Nutr 1978;31:134-141";
    private const string Collings2013Ref = "Collings R, Harvey LJ, Hooper L, et al. The absorption of iron from whole diets: a systematic review. Am J Clin Nutr 2013;98:65-81";

    /// <summary>Share of the iron in meat, fish and poultry that is heme iron: 0.40.</summary>
    public const double HemeShareOfMfpIron = 0.40;
    /// <summary>Source of <see cref="HemeShareOfMfpIron"/>.</summary>
    public static readonly Citation HemeShareCitation = new("Monsen 1978", "model step 1: heme iron = 40% of the iron of meat, fish and poultry")
    {
        Reference = Monsen1978Ref,
        Note = "The 40% rule is the Monsen convention as restated by secondary sources and the SR28 data README; the primary page was not available as text to confirm the table location.",
    };

    /// <summary>Fraction of heme iron absorbed: 0.23.</summary>
    public const double HemeAvailability = 0.23;
    /// <summary>Source of <see cref="HemeAvailability"/>.</summary>
    public static readonly Citation HemeAvailabilityCitation = new("Monsen 1978", "model step 1: availability of heme iron 23%")
    {
        Reference = Monsen1978Ref,
        Note = "Confirmed only in secondary text quoting Monsen 1978 (heme iron 'absorbs 23 percent'); primary page not available as text.",
    };

    /// <summary>Collings 2013 regression intercept (log10 of non-heme absorption, %): 1.82.</summary>
    public const double CollingsIntercept = 1.82;
    /// <summary>Collings 2013 coefficient of log10 serum ferritin (µg/L): −0.73.</summary>
    public const double CollingsFerritinSlope = -0.73;
    /// <summary>Collings 2013 coefficient of the dietary modifier (+1 enhancer, 0 none, −1 inhibitor): 0.11.</summary>
    public const double CollingsModifierSlope = 0.11;
    /// <summary>Serum ferritin range (µg/L) of the data behind the Collings equation: 6–80.</summary>
    public const double CollingsFerritinMin = 6, CollingsFerritinMax = 80;
    /// <summary>Source of the Collings coefficients.</summary>
    public static readonly Citation CollingsCitation = new("Collings 2013", "Abstract, Results: log[non-heme iron absorption, %] = -0.73 log[ferritin, µg/L] + 0.11 [modifier] + 1.82; ferritin 6-80 µg/L gives 2.1-23.0%")
    {
        Reference = Collings2013Ref,
        Note = "Logarithms base 10 and modifier coding +1/0/-1 (enhancer/none/inhibitor) inferred: they reproduce the abstract's 2.1-23.0% range exactly. Derived from whole diets of 58 US adults.",
    };

    /// <summary>Vitamin C per meal (mg) from which a meal counts as enhanced: 25 mg.</summary>
    public const double EnhancerVitaminCMg = 25;
    /// <summary>Meat, fish or poultry per meal (g) from which a meal counts as enhanced: 1 oz = 28.35 g.</summary>
    public const double EnhancerMfpGrams = 28.35;
    /// <summary>Source of the enhancer thresholds.</summary>
    public static readonly Citation EnhancerCitation = new("Monsen 1978", "meal classes: low availability below 25 mg ascorbic acid and below 1 oz meat, fish or poultry")
    {
        Reference = Monsen1978Ref,
        Note = "Thresholds confirmed only in a teaching worksheet restating the Monsen classes; Ferrum uses them to set the Collings modifier to +1. The mapping is Ferrum's, not the papers'.",
    };

    /// <summary>Ferrum's rule for the Collings inhibitor: the meal contains tea, coffee or red wine.</summary>
    public static readonly Citation InhibitorCitation = new("Ferrum 2026", "Collings modifier -1 when a meal contains a polyphenol-rich drink (tea, coffee, red wine)")
    {
        Note = "Classification rule of Ferrum, not a published coefficient: no polyphenol contents are in the food table (SR28 has none).",
    };

    /// <summary>Default serum ferritin (µg/L) when none is given: 15, an iron-deficient reference.</summary>
    public const double DefaultFerritin = 15;
    /// <summary>Source of <see cref="DefaultFerritin"/>.</summary>
    public static readonly Citation DefaultFerritinCitation = new("WHO 2020", "serum ferritin < 15 µg/L indicates iron deficiency in adults")
    {
        Reference = "WHO guideline on use of ferritin concentrations to assess iron status in individuals and populations, 2020",
        Note = "Threshold as widely cited; Ferrum uses it as the iron-deficient reference for personalisation.",
    };

    /// <summary>Caveat written into every output.</summary>
    public const string SingleMealCaveat =
        "Single-meal estimates overstate whole-diet effects: enhancers and inhibitors change absorption from a single test meal far more than from a whole diet (Cook & Reddy 2001; Collings 2013). Treat gains as upper bounds and discuss changes with a clinician.";

    /// <summary>All citations of the model.</summary>
    public static IReadOnlyList<Citation> All { get; } =
        [HemeShareCitation, HemeAvailabilityCitation, CollingsCitation, EnhancerCitation, InhibitorCitation, DefaultFerritinCitation];
}
