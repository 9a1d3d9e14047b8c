namespace Ferrum.Core.Provenance;

/// <summary>A pointer to the published source of a rule, threshold, coefficient or value.</summary>
/// <param name="Source">Short name with year, e.g. "AASM 2024" or "USDA SR28".</param>
/// <param name="Locator">Where in the source: section, table, equation or record number.</param>
/// <remarks>
/// <see cref="Reference"/> holds the full bibliographic reference and <see cref="Note"/> any caveat
/// (for example that a number could not be confirmed against the primary text).
/// </remarks>
public sealed record Citation(string Source, string Locator)
{
    /// <summary>Full bibliographic reference (authors, journal, year, DOI) when known.</summary>
    public string? Reference { get; init; }

    /// <summary>A link to the source, when one is stable.</summary>
    public Uri? Url { get; init; }

    /// <summary>A caveat about the citation, e.g. a value that could not be confirmed.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Source}, {Locator}";
}
