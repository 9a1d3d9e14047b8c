namespace Ferrum.Nutrition.Requirements;

/// <summary>Who the requirement is for.</summary>
/// <param name="Sex">Sex.</param>
/// <param name="AgeYears">Age in years (1–120).</param>
/// <param name="Pregnant">Pregnant (female only).</param>
/// <param name="Lactating">Breast-feeding (female only).</param>
public sealed record LifeStage(Sex Sex, double AgeYears, bool Pregnant = false, bool Lactating = false);
