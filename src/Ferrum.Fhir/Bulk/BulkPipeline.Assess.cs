using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using Ferrum.Fhir.Input;

namespace Ferrum.Fhir.Bulk;

internal sealed partial class BulkPipeline
{
    /// <summary>What the join-and-assess pass counted.</summary>
    private sealed record PassCounts(long Patients, long Assessed, Dictionary<string, long> Therapy, Dictionary<string, long> Anemia,
        Dictionary<(string Type, string Code), long> Issues, long IssuesWritten, IReadOnlyList<string> FirstIssues);

    /// <summary>One partition's outputs, held until every earlier partition has been appended; reused for later partitions.</summary>
    private sealed class PartitionOutput
    {
        public ArrayBufferWriter<byte> Fhir { get; } = new(1 << 20);
        public MemoryStream Csv { get; } = new(1 << 16);
        public ArrayBufferWriter<byte> Errors { get; } = new(1 << 12);

        public void Clear()
        {
            Fhir.ResetWrittenCount();
            Csv.SetLength(0);
            Errors.ResetWrittenCount();
        }
    }

    private PassCounts AssessPartitions(string spill, int partitions, IReadOnlyList<string> files, IProgress<BulkProgress>? progress, CancellationToken ct)
    {
        var therapy = new Dictionary<string, long>(StringComparer.Ordinal);
        var anemia = new Dictionary<string, long>(StringComparer.Ordinal);
        var issues = new Dictionary<(string, string), long>();
        long patients = 0, assessed = 0, issuesWritten = 0, done = 0;
        var next = -1;
        using var output = new OrderedOutput(options.OutputDirectory, Header());
        var workers = Enumerable.Range(0, Math.Min(options.Parallelism, partitions)).Select(_ => Task.Run(() =>
        {
            var strings = new FactCodec.Strings();
            var localTherapy = new Dictionary<string, long>(StringComparer.Ordinal);
            var localAnemia = new Dictionary<string, long>(StringComparer.Ordinal);
            var localIssues = new Dictionary<(string, string), long>();
            long localPatients = 0, localAssessed = 0, localWritten = 0;
            int p;
            while ((p = Interlocked.Increment(ref next)) < partitions)
            {
                ct.ThrowIfCancellationRequested();
                var records = new Dictionary<string, PatientRecord>(StringComparer.Ordinal);
                var orphans = new List<MappingIssue>();
                var path = Path.Combine(spill, $"part-{p:D5}.bin");
                using (var spillFile = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
                {
                    var length = checked((int)spillFile.Length);
                    var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                    spillFile.ReadExactly(bytes, 0, length);
                    FactCodec.ReadAll(bytes.AsSpan(0, length), records, files, orphans, strings);
                    ArrayPool<byte>.Shared.Return(bytes);
                }
                File.Delete(path);
                var result = output.Rent();
                var fhir = new BulkFhirWriter(result.Fhir);
                var errors = new IssueWriter(result.Errors);
                foreach (var issue in orphans.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line))
                {
                    Count(localIssues, issue);
                    errors.Write(issue, null);
                    localWritten++;
                }
                using (var text = new StreamWriter(result.Csv, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                using (var csv = CsvWriter.Create(text, Csv, leaveOpen: true))
                {
                    foreach (var record in records.Values.OrderBy(r => r.PatientId, StringComparer.Ordinal))
                    {
                        var outcome = BulkAssessor.Assess(record, options.AsOf, fhir);
                        foreach (var issue in record.Issues)
                        {
                            Count(localIssues, issue);
                            errors.Write(issue, record.PatientId);
                            localWritten++;
                        }
                        csv.WriteRecord(outcome.Row);
                        localTherapy[outcome.Therapy] = localTherapy.GetValueOrDefault(outcome.Therapy) + 1;
                        localAnemia[outcome.Anemia] = localAnemia.GetValueOrDefault(outcome.Anemia) + 1;
                        if (outcome.Therapy != "not-assessed") localAssessed++;
                    }
                }
                localPatients += records.Count;
                output.Complete(p, result);
                progress?.Report(new BulkProgress("assess", Interlocked.Increment(ref done), partitions));
            }
            lock (therapy)
            {
                foreach (var (k, v) in localTherapy) therapy[k] = therapy.GetValueOrDefault(k) + v;
                foreach (var (k, v) in localAnemia) anemia[k] = anemia.GetValueOrDefault(k) + v;
                foreach (var (k, v) in localIssues) issues[k] = issues.GetValueOrDefault(k) + v;
                patients += localPatients;
                assessed += localAssessed;
                issuesWritten += localWritten;
            }
        }, ct)).ToArray();
        try
        {
            Task.WaitAll(workers, CancellationToken.None);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
        return new PassCounts(patients, assessed, therapy, anemia, issues, issuesWritten, output.FirstIssues);
    }

    private static void Count(Dictionary<(string, string), long> counts, MappingIssue issue)
    {
        var key = (issue.ResourceType, issue.Code);
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    // Patient ids and codes come from the export: a text field starting like a formula is escaped (CSV injection).
    private static readonly CsvWriterOptions Csv = new() { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.Escape };

    /// <summary>One summary.csv line as the run writes it (for tests comparing paths).</summary>
    internal static string CsvLine(SummaryRow row)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Csv, leaveOpen: true)) csv.WriteRecord(row);
        return text.ToString();
    }

    private static string Header()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Csv, leaveOpen: true)) csv.WriteHeader<SummaryRow>();
        return text.ToString();
    }

    /// <summary>Appends partition outputs to the result files strictly in partition order, whichever worker finishes first.</summary>
    private sealed class OrderedOutput : IDisposable
    {
        private readonly FileStream _fhir, _csv, _errors;
        private readonly Dictionary<int, PartitionOutput> _waiting = [];
        private readonly List<string> _firstIssues = [];
        // Buffers of appended partitions, kept for the next ones (a few tens of MB each at most: not worth re-allocating).
        private readonly Stack<PartitionOutput> _free = new();
        private int _next;

        public OrderedOutput(string folder, string csvHeader)
        {
            _fhir = Create(Path.Combine(folder, "results.ndjson"));
            _csv = Create(Path.Combine(folder, "summary.csv"));
            _errors = Create(Path.Combine(folder, "errors.ndjson"));
            _csv.Write(Encoding.UTF8.GetBytes(csvHeader));
        }

        private static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);

        /// <summary>The first few issue lines of errors.ndjson, for the report.</summary>
        public IReadOnlyList<string> FirstIssues
        {
            get { lock (_waiting) return _firstIssues.ToList(); }
        }

        /// <summary>An empty output buffer set, reused when one is free.</summary>
        public PartitionOutput Rent()
        {
            lock (_waiting) return _free.Count > 0 ? _free.Pop() : new PartitionOutput();
        }

        public void Complete(int partition, PartitionOutput output)
        {
            lock (_waiting)
            {
                _waiting[partition] = output;
                while (_waiting.Remove(_next, out var ready))
                {
                    _fhir.Write(ready.Fhir.WrittenSpan);
                    ready.Csv.WriteTo(_csv);
                    _errors.Write(ready.Errors.WrittenSpan);
                    if (_firstIssues.Count < 5)
                        foreach (var line in Encoding.UTF8.GetString(ready.Errors.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(5 - _firstIssues.Count))
                            _firstIssues.Add(line);
                    _next++;
                    ready.Clear();
                    if (_free.Count < 8) _free.Push(ready);
                }
            }
        }

        public void Dispose()
        {
            _fhir.Dispose();
            _csv.Dispose();
            _errors.Dispose();
        }
    }
}
