using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Tests.Support;

/// <summary>Maps R's <c>alternative</c> strings in goldens to <see cref="Alternative"/>.</summary>
internal static class RAlternative
{
    public static Alternative Parse(string? s) => s switch
    {
        "less" => Alternative.Less,
        "greater" => Alternative.Greater,
        "two.sided" => Alternative.TwoSided,
        _ => throw new ArgumentException($"unknown alternative '{s}'"),
    };
}
