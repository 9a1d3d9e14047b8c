using Ferrum.Core.Provenance;

namespace Ferrum.Fhir.Output;

/// <summary>One-line rendering of a citation for FHIR notes and CDS cards.</summary>
internal static class CitationText
{
    /// <summary><c>Source, locator (url) [note]</c>.</summary>
    public static string Of(Citation c) =>
        c + (c.Url is null ? "" : $" ({c.Url})") + (c.Note is null ? "" : $" [{c.Note}]");
}
