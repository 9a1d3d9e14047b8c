using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Iron;

/// <summary>One row of the WHO 2024 hemoglobin cut-off table (g/L, sea level, non-smoker).</summary>
/// <param name="Group">Population group, e.g. "Non-pregnant females 15 years and older".</param>
/// <param name="NoAnemiaFrom">Hemoglobin at or above this is not anemia.</param>
/// <param name="MildFrom">Mild anemia from this value up to <paramref name="NoAnemiaFrom"/>.</param>
/// <param name="ModerateFrom">Moderate anemia from this value up to <paramref name="MildFrom"/>; below it severe.</param>
/// <param name="Rule">The rule record with its citation.</param>
public sealed record HemoglobinCutoff(string Group, double NoAnemiaFrom, double MildFrom, double ModerateFrom, ClinicalRule Rule)
{
    /// <summary>Classifies an adjusted hemoglobin (g/L): null when not anemic, else the severity band.</summary>
    public AnemiaSeverity? Classify(double adjustedHemoglobinGPerL) =>
        adjustedHemoglobinGPerL >= NoAnemiaFrom ? null
        : adjustedHemoglobinGPerL >= MildFrom ? AnemiaSeverity.Mild
        : adjustedHemoglobinGPerL >= ModerateFrom ? AnemiaSeverity.Moderate
        : AnemiaSeverity.Severe;
}
