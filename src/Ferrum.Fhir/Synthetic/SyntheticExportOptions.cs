namespace Ferrum.Fhir.Synthetic;

/// <summary>How large and in what shape a synthetic export is written.</summary>
/// <param name="Patients">Number of patients.</param>
/// <param name="Seed">Seed of the random generator; the same seed gives byte-identical files.</param>
/// <param name="AsOf">The export date; ages and observation dates are relative to it.</param>
public sealed record SyntheticExportOptions(int Patients, int Seed, DateOnly AsOf)
{
    /// <summary>Split each resource type across this many files (as servers do for large exports).</summary>
    public int FilesPerType { get; init; } = 1;

    /// <summary>Write <c>.ndjson.gz</c> instead of <c>.ndjson</c>.</summary>
    public bool Gzip { get; init; }
}
