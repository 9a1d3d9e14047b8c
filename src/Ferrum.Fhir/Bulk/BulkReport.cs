namespace Ferrum.Fhir.Bulk;

/// <summary>The final report of a bulk screening run (also written as <c>report.json</c>).</summary>
public sealed record BulkReport
{
    /// <summary>Patients found (a Patient resource or any resource referring to one).</summary>
    public long Patients { get; init; }
    /// <summary>Patients the engine assessed.</summary>
    public long Assessed { get; init; }
    /// <summary>Input files read.</summary>
    public int Files { get; init; }
    /// <summary>Bytes read from disk (compressed size for gzip files).</summary>
    public long Bytes { get; init; }
    /// <summary>Uncompressed NDJSON bytes scanned.</summary>
    public long UncompressedBytes { get; init; }
    /// <summary>Resources (lines) scanned.</summary>
    public long Resources { get; init; }
    /// <summary>Partitions the join used.</summary>
    public int Partitions { get; init; }
    /// <summary>Wall-clock seconds.</summary>
    public double Seconds { get; init; }
    /// <summary>Seconds of the first pass (read, scan, spill); the rest is join, assess and write.</summary>
    public double ScanSeconds { get; init; }
    /// <summary>CPU seconds the process used during the run (all threads, user and system).</summary>
    public double CpuSeconds { get; init; }
    /// <summary>CPU seconds of the first pass (read, scan, spill).</summary>
    public double ScanCpuSeconds { get; init; }
    /// <summary>Garbage collections during the run (all generations).</summary>
    public int GarbageCollections { get; init; }
    /// <summary>Patients per RLS iron-therapy category.</summary>
    public IReadOnlyDictionary<string, long> ByTherapy { get; init; } = new Dictionary<string, long>();
    /// <summary>Patients by anemia status.</summary>
    public IReadOnlyDictionary<string, long> ByAnemia { get; init; } = new Dictionary<string, long>();
    /// <summary>Mapping issues per resource type.</summary>
    public IReadOnlyDictionary<string, long> IssuesByResourceType { get; init; } = new Dictionary<string, long>();
    /// <summary>Mapping issues per issue code.</summary>
    public IReadOnlyDictionary<string, long> IssuesByCode { get; init; } = new Dictionary<string, long>();
    /// <summary>
    /// Issues written to <c>errors.ndjson</c>, one line each with file, line, resource type and id, patient, code and
    /// message; Observations with a LOINC code Ferrum does not read (vital signs …) are only counted.
    /// </summary>
    public long IssuesWritten { get; init; }
    /// <summary>The first lines of <c>errors.ndjson</c>.</summary>
    public IReadOnlyList<string> FirstIssues { get; init; } = [];
}
