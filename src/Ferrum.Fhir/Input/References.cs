namespace Ferrum.Fhir.Input;

/// <summary>Extracts a Patient id from a FHIR reference (<c>Patient/123</c>, an absolute URL, or a bundle <c>urn:uuid:</c>).</summary>
internal static class References
{
    /// <summary>The patient id the reference points at, or <c>null</c> when it is not a Patient reference.</summary>
    public static string? PatientId(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        if (reference.StartsWith("urn:uuid:", StringComparison.Ordinal)) return reference;
        var hist = reference.IndexOf("/_history/", StringComparison.Ordinal);
        if (hist >= 0) reference = reference[..hist];
        var at = reference.LastIndexOf("Patient/", StringComparison.Ordinal);
        if (at < 0) return null;
        var id = reference[(at + "Patient/".Length)..];
        return id.Length == 0 || id.Contains('/', StringComparison.Ordinal) ? null : id;
    }
}
