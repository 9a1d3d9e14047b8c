namespace Ferrum.Fhir.Synthetic;

/// <summary>The files a synthetic export wrote.</summary>
/// <param name="Files">Full paths, sorted.</param>
/// <param name="Bytes">Total size on disk.</param>
public sealed record SyntheticExportSummary(IReadOnlyList<string> Files, long Bytes);
