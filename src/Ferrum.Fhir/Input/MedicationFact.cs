namespace Ferrum.Fhir.Input;

/// <summary>One medication a patient takes or is being ordered.</summary>
/// <param name="ResourceId">The MedicationRequest/MedicationStatement id.</param>
/// <param name="Name">Drug name from the coding display or text.</param>
/// <param name="RxNorm">RxNorm code, when coded.</param>
internal sealed record MedicationFact(string ResourceId, string Name, string? RxNorm)
{
    /// <summary>Where the resource was read (bulk input only).</summary>
    public SourceLine? At { get; init; }
}
