namespace Ferrum.Fhir.Input;

/// <summary>One laboratory value read from an Observation.</summary>
/// <param name="ResourceId">The Observation's id.</param>
/// <param name="Loinc">LOINC code.</param>
/// <param name="Value">The numeric value as reported.</param>
/// <param name="Unit">UCUM code (or the unit text when no code was given).</param>
/// <param name="Date">Effective date, when known.</param>
internal sealed record LabFact(string ResourceId, string Loinc, double Value, string Unit, DateOnly? Date)
{
    /// <summary>The human-readable unit (<c>valueQuantity.unit</c>) when it differs from <see cref="Unit"/>, for messages.</summary>
    public string? UnitText { get; init; }

    /// <summary>Where the Observation was read (bulk input only).</summary>
    public SourceLine? At { get; init; }
}
