using Ferrum.Core.Provenance;

namespace Ferrum.Nutrition.Requirements;

/// <summary>Daily iron requirement for one person and diet pattern.</summary>
public sealed record IronRequirement
{
    /// <summary>RDA for a mixed diet, mg/day.</summary>
    public required double RdaMixedDietMg { get; init; }
    /// <summary>Dietary target for the person's pattern (RDA × 1.8 for vegetarians and vegans), mg/day.</summary>
    public required double DietaryTargetMg { get; init; }
    /// <summary>Tolerable upper intake level, mg/day.</summary>
    public required double UlMg { get; init; }
    /// <summary>Absorbed-iron target, mg/day (clinician target when set, else RDA × 18% mixed-diet bioavailability).</summary>
    public required double AbsorbedTargetMg { get; init; }
    /// <summary>True when a clinician-set absorbed target replaced the IOM-derived one.</summary>
    public required bool ClinicianTarget { get; init; }
    /// <summary>Which table row was used, e.g. "female 19-50 y".</summary>
    public required string LifeStageLabel { get; init; }
    /// <summary>Sources.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
