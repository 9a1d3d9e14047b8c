using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Rls;

/// <summary>IRLSSG 2012 diagnostic criteria and the IRLS scoring bands, as data.</summary>
public static class RlsRules
{
    private static readonly Ferrum.Core.Provenance.Citation C = Sources.Irlssg2014;

    /// <summary>The five essential criteria must all be met.</summary>
    public static ClinicalRule AllEssentialCriteria { get; } = new("rls.irlssg.essential-criteria", "rls",
        "RLS is diagnosed when all five essential criteria are met; an unanswered criterion leaves the diagnosis indeterminate.", C);

    /// <summary>Chronic-persistent course: at least twice a week on average over the past year.</summary>
    public static ClinicalRule ChronicPersistent { get; } = new("rls.irlssg.course-chronic-persistent", "rls",
        "Chronic-persistent course: symptoms at least 2 times a week on average over the past year.", C with { Locator = "Table 1, specifier for clinical course A" })
    { Threshold = 2, Unit = "episodes/week", Comparison = ">=" };

    /// <summary>Intermittent course: fewer than twice a week, at least five lifetime events.</summary>
    public static ClinicalRule Intermittent { get; } = new("rls.irlssg.course-intermittent", "rls",
        "Intermittent course: fewer than 2 times a week on average over the past year, with at least 5 lifetime events.", C with { Locator = "Table 1, specifier for clinical course B" })
    { Threshold = 5, Unit = "lifetime events", Comparison = ">=" };

    /// <summary>Clinical significance specifier.</summary>
    public static ClinicalRule ClinicalSignificance { get; } = new("rls.irlssg.clinical-significance", "rls",
        "Clinically significant RLS: symptoms cause significant distress or impairment in social, occupational, educational or other areas of functioning.",
        C with { Locator = "Table 1, specifier for clinical significance" });

    /// <summary>Mimics that must be excluded (criterion 5).</summary>
    public static ClinicalRule Mimics { get; } = new("rls.irlssg.mimics", "rls",
        "Conditions that mimic RLS (leg cramps, positional discomfort, myalgia, venous stasis, leg oedema, arthritis, habitual foot tapping) must be excluded.",
        C with { Locator = "Criterion 5 and its commentary on mimics" });

    /// <summary>IRLS severity bands.</summary>
    public static ClinicalRule IrlsBands { get; } = new("irls.severity-bands", "irls",
        "IRLS total 0-40 from ten items scored 0-4: none 0, mild 1-10, moderate 11-20, severe 21-30, very severe 31-40.", Sources.Irls2003);

    /// <summary>Every RLS rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [AllEssentialCriteria, ChronicPersistent, Intermittent, ClinicalSignificance, Mimics, IrlsBands];
}
