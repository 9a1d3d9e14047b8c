using System.IO.Compression;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Synthetic;
using Ferrum.Fhir.Tests.Support;

namespace Ferrum.Fhir.Tests.Synthetic;

public sealed class SyntheticExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ferrum-synth-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly DateOnly AsOf = new(2026, 11, 1);

    [Fact]
    public void Same_seed_writes_byte_identical_exports()
    {
        var a = SyntheticExport.Write(Path.Combine(_dir, "a"), new SyntheticExportOptions(50, 7, AsOf));
        var b = SyntheticExport.Write(Path.Combine(_dir, "b"), new SyntheticExportOptions(50, 7, AsOf));
        Assert.Equal(a.Bytes, b.Bytes);
        Assert.All(a.Files.Zip(b.Files), p => Assert.Equal(File.ReadAllBytes(p.First), File.ReadAllBytes(p.Second)));
    }

    [Fact]
    public void Split_gzip_export_writes_each_type_across_the_requested_files()
    {
        var s = SyntheticExport.Write(_dir, new SyntheticExportOptions(40, 1, AsOf) { FilesPerType = 3, Gzip = true });
        Assert.Equal(SyntheticExport.ResourceTypes.Count * 3, s.Files.Count);
        Assert.Contains(Path.Combine(_dir, "Observation-2.ndjson.gz"), s.Files);
        Assert.Equal(40, s.Files.Where(f => Path.GetFileName(f).StartsWith("Patient", StringComparison.Ordinal)).Sum(f => Lines(f).Count));
    }

    [Fact]
    public void Every_generated_resource_is_valid_R4()
    {
        var s = SyntheticExport.Write(_dir, new SyntheticExportOptions(25, 3, AsOf));
        var checkedLines = 0;
        foreach (var file in s.Files)
            foreach (var line in Lines(file))
            {
                var (resource, issues) = FhirJson.Parse(line, file);
                Assert.Empty(issues);
                Assert.Empty(R4Validator.Errors(resource));
                checkedLines++;
            }
        Assert.True(checkedLines > 100, $"only {checkedLines} resources were generated");
    }

    internal static List<string> Lines(string file)
    {
        using Stream raw = File.OpenRead(file);
        using Stream s = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(s);
        var lines = new List<string>();
        while (reader.ReadLine() is { } l) if (l.Length > 0) lines.Add(l);
        return lines;
    }
}
