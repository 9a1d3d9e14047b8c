using System.IO.Compression;

namespace Ferrum.Fhir.Synthetic;

/// <summary>
/// Writes a synthetic FHIR Bulk Data export (Patient, Observation, MedicationRequest, Condition and
/// QuestionnaireResponse NDJSON files) for testing and benchmarking the bulk screening pipeline.
/// The population is made up; its value distributions are plausible, not epidemiological estimates.
/// </summary>
public static class SyntheticExport
{
    /// <summary>The resource types written, in file-name order.</summary>
    public static IReadOnlyList<string> ResourceTypes { get; } =
        ["Patient", "Observation", "MedicationRequest", "Condition", "QuestionnaireResponse"];

    /// <summary>Writes <paramref name="options"/>.Patients patients into <paramref name="directory"/>.</summary>
    /// <returns>The files written and their total size in bytes.</returns>
    public static SyntheticExportSummary Write(string directory, SyntheticExportOptions options, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Patients < 0) throw new ArgumentOutOfRangeException(nameof(options), "Patients must be ≥ 0");
        if (options.FilesPerType < 1) throw new ArgumentOutOfRangeException(nameof(options), "FilesPerType must be ≥ 1");
        Directory.CreateDirectory(directory);
        var sinks = new Dictionary<string, (Stream Stream, string Path)[]>();
        try
        {
            foreach (var type in ResourceTypes)
            {
                sinks[type] = Enumerable.Range(1, options.FilesPerType).Select(i =>
                {
                    var name = options.FilesPerType == 1 ? $"{type}.ndjson" : $"{type}-{i}.ndjson";
                    if (options.Gzip) name += ".gz";
                    var path = Path.Combine(directory, name);
                    Stream s = new BufferedStream(File.Create(path), 1 << 16);
                    if (options.Gzip) s = new GZipStream(s, CompressionLevel.Fastest);
                    return (s, path);
                }).ToArray();
            }
            var random = new Random(options.Seed);
            var writer = new SyntheticPatientWriter(random, options.AsOf);
            for (var i = 0; i < options.Patients; i++)
            {
                var file = i % options.FilesPerType;
                writer.WritePatient(i, type => sinks[type][file].Stream);
                if (progress is not null && (i + 1) % 10_000 == 0) progress.Report(i + 1);
            }
        }
        finally
        {
            foreach (var (stream, _) in sinks.Values.SelectMany(x => x)) stream.Dispose();
        }
        var files = sinks.Values.SelectMany(x => x).Select(x => x.Path).Order(StringComparer.Ordinal).ToList();
        return new SyntheticExportSummary(files, files.Sum(f => new FileInfo(f).Length));
    }
}
