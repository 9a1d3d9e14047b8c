using System.Collections.Concurrent;
using System.Diagnostics;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Input;

namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Bulk screening in two passes with bounded memory: (1) scan every NDJSON line in parallel and spill compact
/// facts into patient-hash partitions; (2) load one partition at a time per worker, join by patient, assess,
/// and write results. Memory depends on the partition size, not on the number of patients.
/// </summary>
internal sealed partial class BulkPipeline(BulkOptions options, Func<PatientRecord, PatientOutcome> assess)
{
    private readonly ConcurrentDictionary<(string Type, string Code), long> _issues = new();
    private long _uncompressed, _resources, _rawBytes;

    /// <summary>Runs the screening and writes <c>results.ndjson</c>, <c>summary.csv</c> and <c>report.json</c>.</summary>
    public BulkReport Run(IProgress<BulkProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var files = FindInputs(options.InputDirectory);
        var totalBytes = files.Sum(f => new FileInfo(f).Length);
        var estimate = files.Sum(f => new FileInfo(f).Length * (f.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? 8 : 1));
        // At least four partitions per worker, so the join-and-assess phase keeps every core busy.
        var partitions = (int)Math.Clamp(Math.Max((estimate + options.PartitionInputBytes - 1) / options.PartitionInputBytes, options.Parallelism * 4L), 1, 4096);
        Directory.CreateDirectory(options.OutputDirectory);
        var spill = Path.Combine(options.OutputDirectory, ".ferrum-spill");
        if (Directory.Exists(spill)) Directory.Delete(spill, recursive: true);
        try
        {
            using (var parts = new SpillPartitions(spill, partitions))
                Scan(files, parts, totalBytes, progress, ct);
            var scanSeconds = clock.Elapsed.TotalSeconds;
            var (patients, assessed, therapy, anemia) = AssessPartitions(spill, partitions, progress, ct);
            var report = new BulkReport
            {
                Patients = patients, Assessed = assessed, Files = files.Count, Bytes = totalBytes,
                UncompressedBytes = _uncompressed, Resources = _resources, Partitions = partitions,
                Seconds = clock.Elapsed.TotalSeconds, ScanSeconds = scanSeconds, ByTherapy = therapy, ByAnemia = anemia,
                IssuesByResourceType = _issues.GroupBy(kv => kv.Key.Type).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value)),
                IssuesByCode = _issues.GroupBy(kv => kv.Key.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value)),
            };
            BulkReportWriter.WriteJson(report, Path.Combine(options.OutputDirectory, "report.json"));
            return report;
        }
        finally
        {
            if (Directory.Exists(spill)) Directory.Delete(spill, recursive: true);
        }
    }

    private static List<string> FindInputs(string dir)
    {
        if (!Directory.Exists(dir))
            throw new InputErrorException(new InputError("bulk.no-directory", "the export folder does not exist") { File = dir, Accepted = "a folder of FHIR Bulk Data NDJSON files" });
        var files = Directory.EnumerateFiles(dir)
            .Where(f => f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new InputErrorException(new InputError("bulk.no-files", "the export folder holds no NDJSON files") { File = dir, Accepted = "*.ndjson or *.ndjson.gz (Patient.ndjson, Observation.ndjson, …)" });
        return files;
    }

    private void Count(MappingIssue issue) => _issues.AddOrUpdate((issue.ResourceType, issue.Code), 1, (_, n) => n + 1);

    private void Scan(List<string> files, SpillPartitions parts, long totalBytes, IProgress<BulkProgress>? progress, CancellationToken ct)
    {
        using var queue = new BlockingCollection<NdjsonChunk>(boundedCapacity: options.Parallelism * 2);
        // A failing worker cancels the reader, so it never blocks on a full queue; WaitAll then rethrows the failure.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var workers = Enumerable.Range(0, options.Parallelism).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                var scanner = new ResourceScanner();
                var writer = parts.CreateWriter();
                long lines = 0, bytes = 0;
                foreach (var chunk in queue.GetConsumingEnumerable(failed.Token))
                {
                    lines += ScanChunk(chunk, scanner, writer);
                    bytes += chunk.Length;
                    System.Buffers.ArrayPool<byte>.Shared.Return(chunk.Buffer);
                }
                writer.Flush();
                Interlocked.Add(ref _resources, lines);
                Interlocked.Add(ref _uncompressed, bytes);
            }
            catch
            {
                failed.Cancel();
                throw;
            }
        }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            foreach (var file in files)
                foreach (var chunk in NdjsonChunkReader.Read(file, n =>
                         {
                             var done = Interlocked.Add(ref _rawBytes, n);
                             progress?.Report(new BulkProgress("read", done, totalBytes));
                         }))
                {
                    queue.Add(chunk, failed.Token);
                }
        }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(workers, CancellationToken.None);
        }
    }

    private long ScanChunk(NdjsonChunk chunk, ResourceScanner scanner, SpillPartitions.Writer writer)
    {
        var span = chunk.Buffer.AsSpan(0, chunk.Length);
        var lineNo = chunk.FirstLine;
        long count = 0;
        while (span.Length > 0)
        {
            var nl = span.IndexOf((byte)'\n');
            var line = nl < 0 ? span : span[..nl];
            span = nl < 0 ? default : span[(nl + 1)..];
            if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
            if (!line.IsEmpty && line.IndexOfAnyExcept((byte)' ', (byte)'\t') >= 0)
            {
                count++;
                var fact = scanner.Scan(line, chunk.File, lineNo);
                Route(fact, writer);
            }
            lineNo++;
        }
        return count;
    }

    private void Route(ScannedFact fact, SpillPartitions.Writer writer)
    {
        switch (fact.Fact)
        {
            case null: return;
            case MappingIssue issue when fact.PatientId is null || ReferenceEquals(issue, ResourceScanner.CodeNotUsed):
                Count(issue);
                return;
            case ConditionFact[] many:
                if (fact.PatientId is null) return;
                foreach (var c in many) writer.Add(fact.PatientId, c);
                return;
        }
        if (fact.PatientId is null)
        {
            Count(new MappingIssue(fact.Kind.ToString(), "(unknown)", "reference.subject-missing", "no Patient subject"));
            return;
        }
        writer.Add(fact.PatientId, fact.Fact);
    }
}
