using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsvHelper;
using Ferrum.Fhir.Input;

namespace Ferrum.Fhir.Bulk;

internal sealed partial class BulkPipeline
{
    private (long Patients, long Assessed, IReadOnlyDictionary<string, long> Therapy, IReadOnlyDictionary<string, long> Anemia)
        AssessPartitions(string spill, int partitions, IProgress<BulkProgress>? progress, CancellationToken ct)
    {
        var therapy = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var anemia = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        long patients = 0, assessed = 0, done = 0;
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct }, p =>
        {
            var records = new Dictionary<string, PatientRecord>(StringComparer.Ordinal);
            using (var input = new FileStream(Path.Combine(spill, $"part-{p:D5}.bin"), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                FactCodec.ReadAll(input, records);
            var localTherapy = new Dictionary<string, long>(StringComparer.Ordinal);
            var localAnemia = new Dictionary<string, long>(StringComparer.Ordinal);
            long localAssessed = 0;
            using (var ndjson = new FileStream(Path.Combine(spill, $"out-{p:D5}.ndjson"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var text = new StreamWriter(Path.Combine(spill, $"out-{p:D5}.csv"), false, new UTF8Encoding(false), 1 << 16))
            using (var csv = CsvWriter.Create(text, Csv, leaveOpen: true))
            {
                foreach (var record in records.Values.OrderBy(r => r.PatientId, StringComparer.Ordinal))
                {
                    ct.ThrowIfCancellationRequested();
                    var outcome = assess(record);
                    foreach (var issue in record.Issues) Count(issue);
                    ndjson.Write(outcome.Ndjson);
                    csv.WriteRecord(outcome.Row);
                    localTherapy[outcome.Therapy] = localTherapy.GetValueOrDefault(outcome.Therapy) + 1;
                    localAnemia[outcome.Anemia] = localAnemia.GetValueOrDefault(outcome.Anemia) + 1;
                    if (outcome.Therapy != "not-assessed") localAssessed++;
                }
            }
            foreach (var (k, v) in localTherapy) therapy.AddOrUpdate(k, v, (_, n) => n + v);
            foreach (var (k, v) in localAnemia) anemia.AddOrUpdate(k, v, (_, n) => n + v);
            Interlocked.Add(ref patients, records.Count);
            Interlocked.Add(ref assessed, localAssessed);
            File.Delete(Path.Combine(spill, $"part-{p:D5}.bin"));
            progress?.Report(new BulkProgress("assess", Interlocked.Increment(ref done), partitions));
        });
        Concatenate(spill, partitions, "ndjson", Path.Combine(options.OutputDirectory, "results.ndjson"), null);
        Concatenate(spill, partitions, "csv", Path.Combine(options.OutputDirectory, "summary.csv"), Header());
        return (patients, assessed, Sorted(therapy), Sorted(anemia));
    }

    // Patient ids and codes come from the export: a text field starting like a formula is escaped (CSV injection).
    private static readonly CsvWriterOptions Csv = new() { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.Escape };

    private static string Header()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Csv, leaveOpen: true)) csv.WriteHeader<SummaryRow>();
        return text.ToString();
    }

    private static Dictionary<string, long> Sorted(ConcurrentDictionary<string, long> d) =>
        d.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    private static void Concatenate(string spill, int partitions, string ext, string target, string? header)
    {
        using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        if (header is not null) output.Write(Encoding.UTF8.GetBytes(header));
        for (var p = 0; p < partitions; p++)
        {
            var part = Path.Combine(spill, $"out-{p:D5}.{ext}");
            using (var input = File.OpenRead(part)) input.CopyTo(output);
            File.Delete(part);
        }
    }
}
