namespace Ferrum.Clinical.Assessment;

/// <summary>History relevant to the causes of iron deficiency (input <c>$.history</c>, an addition to the DESIGN.md contract).</summary>
public sealed record History
{
    /// <summary>Heavy menstrual bleeding reported.</summary>
    public bool? HeavyMenstrualBleeding { get; init; }

    /// <summary>Previous bariatric surgery.</summary>
    public bool? BariatricSurgery { get; init; }

    /// <summary>Visible or reported gastrointestinal blood loss.</summary>
    public bool? GiBleeding { get; init; }

    /// <summary>Dietary pattern: omnivore, vegetarian or vegan.</summary>
    public string? Diet { get; init; }

    /// <summary>Regular blood donation.</summary>
    public bool? BloodDonor { get; init; }
}
