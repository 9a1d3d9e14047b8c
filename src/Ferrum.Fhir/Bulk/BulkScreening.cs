namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Screens a FHIR Bulk Data export: reads the NDJSON files (plain or gzip, split or not), joins resources by patient
/// in bounded memory, assesses every patient in parallel and writes <c>results.ndjson</c> (FHIR), <c>summary.csv</c>,
/// <c>errors.ndjson</c> (one line per mapping issue with file, line and resource id) and <c>report.json</c>.
/// </summary>
public static class BulkScreening
{
    /// <summary>Runs the screening described by <paramref name="options"/>.</summary>
    /// <exception cref="Ferrum.Core.Errors.InputErrorException">The folder is missing or holds no NDJSON files.</exception>
    public static BulkReport Run(BulkOptions options, IProgress<BulkProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BulkPipeline(options).Run(progress, ct);
    }
}
