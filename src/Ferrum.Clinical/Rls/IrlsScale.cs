using Ferrum.Clinical.Assessment;

namespace Ferrum.Clinical.Rls;

/// <summary>IRLS scoring: ten items 0–4, total 0–40, severity bands. Short labels only; the licensed item wording is never shipped.</summary>
public static class IrlsScale
{
    /// <summary>Number of items.</summary>
    public const int ItemCount = 10;

    /// <summary>Highest score of one item.</summary>
    public const int MaxItemScore = 4;

    /// <summary>Short topic labels of the ten items (Ferrum's own wording).</summary>
    public static IReadOnlyList<string> Labels { get; } =
    [
        "Discomfort", "Urge to move", "Relief by moving", "Sleep disturbance", "Daytime tiredness",
        "Overall severity", "Frequency", "Daily duration", "Impact on daily activities", "Mood",
    ];

    /// <summary>Severity band of an IRLS total (0–40).</summary>
    public static IrlsSeverity Band(int total) => total switch
    {
        < 0 or > 40 => throw new ArgumentOutOfRangeException(nameof(total), total, "IRLS total must be 0 to 40."),
        0 => IrlsSeverity.None,
        <= 10 => IrlsSeverity.Mild,
        <= 20 => IrlsSeverity.Moderate,
        <= 30 => IrlsSeverity.Severe,
        _ => IrlsSeverity.VerySevere,
    };

    /// <summary>Items with labels; the scores must already be validated (10 items, 0–4).</summary>
    public static IReadOnlyList<IrlsItemScore> Items(IReadOnlyList<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != ItemCount || scores.Any(s => s is < 0 or > MaxItemScore))
            throw new ArgumentException("IRLS needs 10 item scores of 0 to 4.", nameof(scores));
        return [.. scores.Select((s, i) => new IrlsItemScore(i + 1, Labels[i], s))];
    }
}
