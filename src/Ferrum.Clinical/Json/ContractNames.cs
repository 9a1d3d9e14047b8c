using Ferrum.Clinical.Assessment;

namespace Ferrum.Clinical.Json;

/// <summary>The JSON spellings of the contract's enumerations (kebab-case, as in DESIGN.md).</summary>
public static class ContractNames
{
    /// <summary><c>met|not-met|indeterminate</c>.</summary>
    public static string Of(RlsStatus v) => v switch { RlsStatus.Met => "met", RlsStatus.NotMet => "not-met", _ => "indeterminate" };

    /// <summary><c>chronic-persistent|intermittent</c>.</summary>
    public static string Of(RlsCourse v) => v == RlsCourse.ChronicPersistent ? "chronic-persistent" : "intermittent";

    /// <summary><c>none|mild|moderate|severe|very-severe</c>.</summary>
    public static string Of(IrlsSeverity v) => v switch
    {
        IrlsSeverity.None => "none", IrlsSeverity.Mild => "mild", IrlsSeverity.Moderate => "moderate",
        IrlsSeverity.Severe => "severe", _ => "very-severe",
    };

    /// <summary><c>absent|present|possible|unknown</c>.</summary>
    public static string Of(IronDeficiencyStatus v) => v switch
    {
        IronDeficiencyStatus.Absent => "absent", IronDeficiencyStatus.Present => "present",
        IronDeficiencyStatus.Possible => "possible", _ => "unknown",
    };

    /// <summary><c>mild|moderate|severe</c>.</summary>
    public static string Of(AnemiaSeverity v) => v switch { AnemiaSeverity.Mild => "mild", AnemiaSeverity.Moderate => "moderate", _ => "severe" };

    /// <summary><c>none|oral-iron|iv-iron|oral-or-iv-iron|insufficient-data</c>.</summary>
    public static string Of(TherapySuggestion v) => v switch
    {
        TherapySuggestion.None => "none", TherapySuggestion.OralIron => "oral-iron", TherapySuggestion.IvIron => "iv-iron",
        TherapySuggestion.OralOrIvIron => "oral-or-iv-iron", _ => "insufficient-data",
    };
}
