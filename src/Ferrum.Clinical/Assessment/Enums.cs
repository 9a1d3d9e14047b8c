namespace Ferrum.Clinical.Assessment;

/// <summary>IRLSSG diagnostic status; JSON <c>met|not-met|indeterminate</c>.</summary>
public enum RlsStatus
{
    /// <summary>All five essential criteria are met.</summary>
    Met,

    /// <summary>At least one essential criterion is not met.</summary>
    NotMet,

    /// <summary>No criterion is failed but at least one is unanswered.</summary>
    Indeterminate,
}

/// <summary>IRLSSG clinical course specifier; JSON <c>chronic-persistent|intermittent</c>.</summary>
public enum RlsCourse
{
    /// <summary>At least twice a week on average over the past year.</summary>
    ChronicPersistent,

    /// <summary>Less than twice a week on average over the past year, at least five lifetime events.</summary>
    Intermittent,
}

/// <summary>IRLS severity band; JSON <c>none|mild|moderate|severe|very-severe</c>.</summary>
public enum IrlsSeverity
{
    /// <summary>Total 0.</summary>
    None,

    /// <summary>Total 1–10.</summary>
    Mild,

    /// <summary>Total 11–20.</summary>
    Moderate,

    /// <summary>Total 21–30.</summary>
    Severe,

    /// <summary>Total 31–40.</summary>
    VerySevere,
}

/// <summary>Iron-deficiency status; JSON <c>absent|present|possible|unknown</c>.</summary>
public enum IronDeficiencyStatus
{
    /// <summary>Ferritin at or above the applicable threshold and no other marker of deficiency.</summary>
    Absent,

    /// <summary>Ferritin below the applicable threshold.</summary>
    Present,

    /// <summary>Ferritin not diagnostic but another marker (TSAT, the AGA anemia threshold) suggests deficiency.</summary>
    Possible,

    /// <summary>No ferritin available.</summary>
    Unknown,
}

/// <summary>Anemia severity band per WHO 2024; JSON <c>mild|moderate|severe</c>.</summary>
public enum AnemiaSeverity
{
    /// <summary>Mild anemia.</summary>
    Mild,

    /// <summary>Moderate anemia.</summary>
    Moderate,

    /// <summary>Severe anemia.</summary>
    Severe,
}

/// <summary>What the RLS iron-therapy guidance suggests discussing; JSON <c>none|oral-iron|iv-iron|oral-or-iv-iron|insufficient-data</c>.</summary>
public enum TherapySuggestion
{
    /// <summary>The guidance does not suggest iron.</summary>
    None,

    /// <summary>Oral iron is suggested as an option.</summary>
    OralIron,

    /// <summary>Intravenous iron is suggested as an option.</summary>
    IvIron,

    /// <summary>Oral or intravenous iron are both options.</summary>
    OralOrIvIron,

    /// <summary>Not enough data to apply the guidance.</summary>
    InsufficientData,
}
