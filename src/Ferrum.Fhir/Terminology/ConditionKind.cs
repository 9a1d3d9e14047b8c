namespace Ferrum.Fhir.Terminology;

/// <summary>The conditions Ferrum reads from FHIR Condition resources.</summary>
public enum ConditionKind
{
    /// <summary>A code Ferrum does not use.</summary>
    Other,
    /// <summary>Current pregnancy.</summary>
    Pregnancy,
    /// <summary>Chronic kidney disease (stage in the fact).</summary>
    ChronicKidneyDisease,
    /// <summary>Maintenance dialysis.</summary>
    Dialysis,
    /// <summary>Restless legs syndrome diagnosed.</summary>
    RestlessLegs,
}
