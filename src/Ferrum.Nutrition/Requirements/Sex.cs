namespace Ferrum.Nutrition.Requirements;

/// <summary>Sex as used by the IOM DRI tables.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,
    /// <summary>Male.</summary>
    Male,
}
