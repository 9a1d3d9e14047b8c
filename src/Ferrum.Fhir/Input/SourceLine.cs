namespace Ferrum.Fhir.Input;

/// <summary>Where a resource was read: an NDJSON file name and its one-based line number.</summary>
/// <param name="File">The file name (without folder).</param>
/// <param name="Line">One-based line number.</param>
internal readonly record struct SourceLine(string File, long Line)
{
    /// <inheritdoc />
    public override string ToString() => File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
