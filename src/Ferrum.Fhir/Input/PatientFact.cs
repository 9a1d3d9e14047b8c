namespace Ferrum.Fhir.Input;

/// <summary>Demographics read from a Patient resource.</summary>
/// <param name="Id">The Patient's logical id.</param>
/// <param name="Gender">FHIR administrative gender (male, female, other, unknown) or null.</param>
/// <param name="BirthDate">Birth date; partial dates take the first day of the period.</param>
internal sealed record PatientFact(string Id, string? Gender, DateOnly? BirthDate)
{
    /// <summary>Where the resource was read (bulk input only).</summary>
    public SourceLine? At { get; init; }
}
