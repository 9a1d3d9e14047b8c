using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Core.Provenance;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Requirements;

/// <summary>IOM 2001 iron RDAs and ULs by life stage, the vegetarian factor and absorbed-iron targets.</summary>
/// <remarks>Institute of Medicine. Dietary Reference Intakes for Vitamin A, Vitamin K, Arsenic, Boron, Chromium, Copper,
/// Iodine, Iron, Manganese, Molybdenum, Nickel, Silicon, Vanadium, and Zinc. National Academy Press, 2001 (chapter 9, Iron).</remarks>
public static class IronRequirements
{
    private const string IomRef = "Institute of Medicine. Dietary Reference Intakes for Vitamin A, Vitamin K, Arsenic, Boron, Chromium, Copper, Iodine, Iron, Manganese, Molybdenum, Nickel, Silicon, Vanadium, and Zinc. Washington DC: National Academy Press; 2001";

    /// <summary>RDA/UL table source.</summary>
    public static readonly Citation RdaCitation = new("IOM 2001", "DRI summary table: iron RDA and UL (mg/d) by life-stage group")
    { Reference = IomRef, Note = "Values checked against reproductions of the IOM DRI table (RDA 0.27 AI to 27 mg; UL 40/45 mg)." };

    /// <summary>Vegetarian factor source.</summary>
    public static readonly Citation VegetarianCitation = new("IOM 2001", "Iron chapter, special considerations: vegetarians need 1.8 times the RDA (bioavailability 10% vs 18% for a mixed diet)")
    { Reference = IomRef };

    /// <summary>Absorbed-target source.</summary>
    public static readonly Citation AbsorbedCitation = new("IOM 2001", "Iron chapter: RDA derived assuming 18% bioavailability of a mixed diet; absorbed target = RDA × 0.18")
    { Reference = IomRef, Note = "Ferrum derives the absorbed target from the RDA and the IOM's 18% bioavailability; the IOM tabulates absorbed requirements separately." };

    /// <summary>The 1.8 factor for vegetarian diets.</summary>
    public const double VegetarianFactor = 1.8;
    /// <summary>Bioavailability of a mixed diet assumed by the IOM: 0.18.</summary>
    public const double MixedDietBioavailability = 0.18;

    /// <summary>Computes the requirement; a clinician-set absorbed target (mg/day) overrides the derived one.</summary>
    public static IronRequirement For(LifeStage who, DietPattern pattern, double? clinicianAbsorbedTargetMg = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!double.IsFinite(who.AgeYears) || who.AgeYears < 1 || who.AgeYears > 120)
            throw new InputErrorException(new InputError("age.out-of-range", "age out of range")
            { Field = "age", Value = who.AgeYears.ToString(CultureInfo.InvariantCulture), Accepted = "1 to 120 years (infant requirements are not covered)" });
        if ((who.Pregnant || who.Lactating) && who.Sex != Sex.Female)
            throw new InputErrorException(new InputError("pregnancy.sex", "pregnancy or lactation given for a male") { Field = "pregnant", Accepted = "female only" });
        if (clinicianAbsorbedTargetMg is { } t && (!double.IsFinite(t) || t <= 0 || t > 20))
            throw new InputErrorException(new InputError("target.out-of-range", "absorbed-iron target out of range")
            { Field = "target", Value = t.ToString(CultureInfo.InvariantCulture), Accepted = "greater than 0 and at most 20 mg/day absorbed" });

        var (rda, ul, label) = Lookup(who);
        var plant = pattern is DietPattern.Vegetarian or DietPattern.Vegan;
        var citations = new List<Citation> { RdaCitation, AbsorbedCitation };
        if (plant) citations.Add(VegetarianCitation);
        return new IronRequirement
        {
            RdaMixedDietMg = rda,
            DietaryTargetMg = plant ? rda * VegetarianFactor : rda,
            UlMg = ul,
            AbsorbedTargetMg = clinicianAbsorbedTargetMg ?? rda * MixedDietBioavailability,
            ClinicianTarget = clinicianAbsorbedTargetMg is not null,
            LifeStageLabel = label,
            Citations = citations,
        };
    }

    private static (double Rda, double Ul, string Label) Lookup(LifeStage who)
    {
        var a = who.AgeYears;
        if (who.Pregnant) return (27, 45, "pregnancy");
        if (who.Lactating) return a < 19 ? (10, 45, "lactation ≤18 y") : (9, 45, "lactation 19-50 y");
        if (a < 4) return (7, 40, "children 1-3 y");
        if (a < 9) return (10, 40, "children 4-8 y");
        if (a < 14) return (8, 40, "9-13 y");
        var female = who.Sex == Sex.Female;
        if (a < 19) return female ? (15, 45, "female 14-18 y") : (11, 45, "male 14-18 y");
        if (a < 51) return female ? (18, 45, "female 19-50 y") : (8, 45, "male 19-50 y");
        return (8, 45, female ? "female 51+ y" : "male 51+ y");
    }
}
