using System.Text.Json;

namespace Ferrum.Core.Provenance;

/// <summary>The one JSON shape of a citation list in every Ferrum output: <c>"citations": [{source, locator, note?}]</c>.</summary>
public static class CitationJson
{
    /// <summary>Writes <paramref name="citations"/> as the property <c>citations</c> of the object being written.</summary>
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(citations);
        writer.WriteStartArray("citations");
        foreach (var c in citations)
        {
            writer.WriteStartObject();
            writer.WriteString("source", c.Source);
            writer.WriteString("locator", c.Locator);
            if (c.Note is not null) writer.WriteString("note", c.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
