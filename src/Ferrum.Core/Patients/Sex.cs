namespace Ferrum.Core.Patients;

/// <summary>Sex as used by the guideline thresholds (WHO anemia cut-offs are defined for females and males).</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}
