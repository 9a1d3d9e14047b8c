namespace Ferrum.Clinical.Rules;

/// <summary>Rules that concern the data rather than a guideline threshold.</summary>
public static class GeneralRules
{
    /// <summary>Results older than a year are flagged.</summary>
    public static ClinicalRule StaleLab { get; } = new("data.lab-older-than-365-days", "data",
        "A laboratory result drawn more than 365 days before the assessment date is flagged as possibly out of date.",
        Sources.FerrumConvention with { Locator = "Lab recency" }) { Threshold = 365, Unit = "days", Comparison = ">" };

    /// <summary>Results dated after the assessment date are flagged.</summary>
    public static ClinicalRule FutureLab { get; } = new("data.lab-in-future", "data",
        "A laboratory result dated after the assessment date is flagged; check the date.", Sources.FerrumConvention with { Locator = "Lab recency" });

    /// <summary>Every data rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [StaleLab, FutureLab];
}
