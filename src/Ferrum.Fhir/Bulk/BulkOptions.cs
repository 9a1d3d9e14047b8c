namespace Ferrum.Fhir.Bulk;

/// <summary>Settings of one bulk screening run.</summary>
/// <param name="InputDirectory">Folder of a FHIR Bulk Data export (<c>*.ndjson</c>, <c>*.ndjson.gz</c>).</param>
/// <param name="OutputDirectory">Folder for <c>results.ndjson</c>, <c>summary.csv</c>, <c>errors.ndjson</c> and <c>report.json</c>.</param>
/// <param name="AsOf">The date ages are computed at and the assessment is dated.</param>
public sealed record BulkOptions(string InputDirectory, string OutputDirectory, DateOnly AsOf)
{
    /// <summary>Worker threads; defaults to the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Uncompressed input bytes per partition; bounds the memory of the join (default 32 MiB, about 12,000 patients).</summary>
    public long PartitionInputBytes { get; init; } = 32L << 20;
}
