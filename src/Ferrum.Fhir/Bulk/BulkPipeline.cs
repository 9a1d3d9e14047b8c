using System.Diagnostics;
using System.Runtime;
using System.Threading.Channels;
using Ferrum.Core.Errors;

namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Bulk screening in two passes with bounded memory: (1) scan every NDJSON line in parallel and spill compact
/// binary facts into patient-hash partitions; (2) load one partition at a time per worker, join by patient, assess,
/// and append results in partition order. Memory depends on the partition size, not on the number of patients.
/// </summary>
internal sealed partial class BulkPipeline(BulkOptions options)
{
    private long _uncompressed, _resources, _rawBytes, _codeNotUsed;

    /// <summary>Runs the screening and writes <c>results.ndjson</c>, <c>summary.csv</c>, <c>errors.ndjson</c> and <c>report.json</c>.</summary>
    public BulkReport Run(IProgress<BulkProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gcs = GC.CollectionCount(0);
        var files = FindInputs(options.InputDirectory);
        var totalBytes = files.Sum(f => new FileInfo(f).Length);
        var estimate = files.Sum(f => new FileInfo(f).Length * (f.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? 8 : 1));
        // At least eight partitions per worker, so the join-and-assess phase keeps every core busy to the end.
        var partitions = (int)Math.Clamp(Math.Max((estimate + options.PartitionInputBytes - 1) / options.PartitionInputBytes, options.Parallelism * 8L), 1, 4096);
        Directory.CreateDirectory(options.OutputDirectory);
        var spill = Path.Combine(options.OutputDirectory, ".ferrum-spill");
        if (Directory.Exists(spill)) Directory.Delete(spill, recursive: true);
        // Throughput over pause times: no background GC for the length of the run.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            using (var parts = new SpillPartitions(spill, partitions))
                Scan(files, parts, totalBytes, progress, ct);
            var scanSeconds = clock.Elapsed.TotalSeconds;
            var scanCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var names = files.Select(Path.GetFileName).ToList();
            var assessed = AssessPartitions(spill, partitions, names!, progress, ct);
            var issues = assessed.Issues;
            if (_codeNotUsed > 0) issues[("Observation", "observation.code-not-used")] = issues.GetValueOrDefault(("Observation", "observation.code-not-used")) + _codeNotUsed;
            var report = new BulkReport
            {
                Patients = assessed.Patients, Assessed = assessed.Assessed, Files = files.Count, Bytes = totalBytes,
                UncompressedBytes = _uncompressed, Resources = _resources, Partitions = partitions,
                Seconds = clock.Elapsed.TotalSeconds, ScanSeconds = scanSeconds,
                CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, ScanCpuSeconds = scanCpu,
                GarbageCollections = GC.CollectionCount(0) - gcs,
                ByTherapy = Sorted(assessed.Therapy), ByAnemia = Sorted(assessed.Anemia),
                IssuesByResourceType = issues.GroupBy(kv => kv.Key.Type).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value)),
                IssuesByCode = issues.GroupBy(kv => kv.Key.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value)),
                IssuesWritten = assessed.IssuesWritten,
                FirstIssues = assessed.FirstIssues,
            };
            BulkReportWriter.WriteJson(report, Path.Combine(options.OutputDirectory, "report.json"));
            return report;
        }
        finally
        {
            GCSettings.LatencyMode = latency;
            if (Directory.Exists(spill)) Directory.Delete(spill, recursive: true);
        }
    }

    private static Dictionary<string, long> Sorted(Dictionary<string, long> d) =>
        d.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

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

    /// <summary>One reader task cuts the files into blocks of lines; one scanner per core turns them into spill records.</summary>
    private void Scan(List<string> files, SpillPartitions parts, long totalBytes, IProgress<BulkProgress>? progress, CancellationToken ct)
    {
        var queue = Channel.CreateBounded<NdjsonChunk>(new BoundedChannelOptions(options.Parallelism * 2) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        // A failing worker cancels the reader, so it never waits on a full queue; WaitAll then rethrows the failure.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var workers = Enumerable.Range(0, options.Parallelism).Select(_ => Task.Run(async () =>
        {
            try
            {
                var scanner = new ResourceScanner();
                var writer = parts.CreateWriter();
                long lines = 0, bytes = 0;
                await foreach (var chunk in queue.Reader.ReadAllAsync(failed.Token).ConfigureAwait(false))
                {
                    lines += ScanChunk(chunk, scanner, writer);
                    bytes += chunk.Length;
                    System.Buffers.ArrayPool<byte>.Shared.Return(chunk.Buffer);
                }
                writer.Flush();
                Interlocked.Add(ref _resources, lines);
                Interlocked.Add(ref _uncompressed, bytes);
                Interlocked.Add(ref _codeNotUsed, scanner.CodeNotUsed);
            }
            catch
            {
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, ct)).ToArray();
        var reader = Task.Run(async () =>
        {
            var notes = parts.CreateWriter();
            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    var index = i;
                    var name = Path.GetFileName(files[i]);
                    foreach (var chunk in NdjsonChunkReader.Read(files[i], i, n => progress?.Report(new BulkProgress("read", Interlocked.Add(ref _rawBytes, n), totalBytes)),
                                 (line, message) => notes.Issue(default, index, line, ResourceScanner.TypeFromFile(name), $"(file {name})", "bulk.gzip-truncated", message)))
                        await queue.Writer.WriteAsync(chunk, failed.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                queue.Writer.Complete();
                notes.Flush();
            }
        }, ct);
        // Wait for everything, then rethrow the root cause unwrapped (a worker's failure first: it cancelled the reader).
        try
        {
            Task.WaitAll([reader, .. workers], CancellationToken.None);
        }
        catch (AggregateException)
        {
            // examined below
        }
        foreach (var task in workers.Append(reader))
            if (task.IsFaulted) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(task.Exception!.InnerException!);
        ct.ThrowIfCancellationRequested();
    }

    private static long ScanChunk(NdjsonChunk chunk, ResourceScanner scanner, SpillPartitions.Writer writer)
    {
        var span = chunk.Buffer.AsSpan(0, chunk.Length);
        var lineNo = chunk.FirstLine;
        var name = Path.GetFileName(chunk.File);
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
                scanner.Scan(line, chunk.FileIndex, name, lineNo, writer);
            }
            lineNo++;
        }
        return count;
    }
}
