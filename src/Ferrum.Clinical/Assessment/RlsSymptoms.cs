namespace Ferrum.Clinical.Assessment;

/// <summary>Answers to the IRLSSG 2012 essential criteria and specifiers; null means not asked or unknown.</summary>
/// <remarks>Field names follow the DESIGN.md input contract (<c>$.rls</c>).</remarks>
public sealed record RlsSymptoms
{
    /// <summary>Criterion 1: an urge to move the legs, usually with uncomfortable sensations.</summary>
    public bool? UrgeToMove { get; init; }

    /// <summary>Criterion 2: begins or worsens during rest or inactivity.</summary>
    public bool? WorseAtRest { get; init; }

    /// <summary>Criterion 3: partially or totally relieved by movement.</summary>
    public bool? ReliefByMovement { get; init; }

    /// <summary>Criterion 4: worse in the evening or night than during the day.</summary>
    public bool? WorseEveningOrNight { get; init; }

    /// <summary>Criterion 5: not solely accounted for by another medical or behavioural condition.</summary>
    public bool? NotExplainedByOtherCondition { get; init; }

    /// <summary>Average episodes per week over the past year (course specifier).</summary>
    public double? EpisodesPerWeek { get; init; }

    /// <summary>How long symptoms have been present, months.</summary>
    public double? MonthsWithSymptoms { get; init; }

    /// <summary>Lifetime number of episodes (intermittent course needs at least 5).</summary>
    public int? LifetimeEpisodes { get; init; }

    /// <summary>Symptoms cause significant distress or impairment (clinical-significance specifier).</summary>
    public bool? ClinicallySignificant { get; init; }

    /// <summary>Mimic hint: leg cramps relieved by stretching.</summary>
    public bool? CrampsReliefByStretching { get; init; }

    /// <summary>Mimic hint: discomfort tied to a position and relieved by changing it.</summary>
    public bool? PositionalDiscomfort { get; init; }

    /// <summary>Mimic hint: neuropathic pain not relieved by movement.</summary>
    public bool? NeuropathicPainNotRelievedByMovement { get; init; }

    /// <summary>Mimic hint: venous stasis or leg oedema.</summary>
    public bool? VenousStasis { get; init; }

    /// <summary>Mimic hint: arthritis or joint pain in the legs.</summary>
    public bool? Arthritis { get; init; }
}
