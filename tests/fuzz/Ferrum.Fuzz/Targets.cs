using System.Text;
using Ferrum.Clinical;
using Ferrum.Clinical.Json;
using Ferrum.Core.Errors;
using Ferrum.Fhir;
using Ferrum.Fhir.Bulk;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;
using Ferrum.Study.Data;
using Ferrum.Study.Elisa;
using Ferrum.Study.Specs;
using Ferrum.Storage.Import;

namespace Ferrum.Fuzz;

/// <summary>
/// The fuzz targets: each takes the raw input bytes and runs one door's parser the way the CLI or API does.
/// Multi-file imports (SR28, FDC) take one input cut at NUL bytes into the files, in the order listed.
/// </summary>
internal static class Targets
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);

    /// <summary>SR28 files in the order a fuzz input holds them (parts cut at NUL bytes).</summary>
    public static readonly string[] Sr28Files = ["FOOD_DES.txt", "FD_GROUP.txt", "NUT_DATA.txt", "WEIGHT.txt"];

    /// <summary>FDC files in the order a fuzz input holds them; a missing part is an absent file.</summary>
    public static readonly string[] FdcFiles = ["nutrient.csv", "food.csv", "food_nutrient.csv", "food_category.csv", "sr_legacy_food.csv", "food_portion.csv"];

    public static readonly Dictionary<string, Action<byte[]>> All = new(StringComparer.Ordinal)
    {
        ["assess-json"] = AssessJson,
        ["fhir-json"] = b => FhirAssessment.AssessJson(Utf8(b), AsOf, "fuzz.json"),
        ["bulk-ndjson"] = BulkNdjson,
        ["study-csv"] = b => DatasetReader.Read(new MemoryStream(b), "fuzz.csv"),
        ["study-xlsx"] = b => DatasetReader.Read(new MemoryStream(b), "fuzz.xlsx"),
        ["study-yaml"] = b => StudySpecReader.Read(new StringReader(Utf8(b)), "fuzz.yaml"),
        ["layout-yaml"] = b => PlateLayoutReader.Read(new StringReader(Utf8(b)), "fuzz.yaml"),
        ["plate-csv"] = b => PlateFileReader.Read(new MemoryStream(b), "fuzz.csv"),
        ["meals-json"] = b => MealsJson.Parse(Utf8(b), FoodTable.Default, "fuzz.json"),
        ["sr28"] = Sr28,
        ["fdc-csv"] = Fdc,
        ["labs-csv"] = b => LabCsvReader.Read(new StreamReader(new MemoryStream(b), Encoding.UTF8), "fuzz.csv", AsOf),
    };

    private static string Utf8(byte[] b) => Encoding.UTF8.GetString(b);

    /// <summary>As <c>ferrum assess</c>: read, then run the engine on what was read.</summary>
    private static void AssessJson(byte[] b)
    {
        var read = AssessmentInputReader.Read(new MemoryStream(b));
        if (!read.Succeeded) throw new InputErrorException([.. read.Errors]);
        AssessmentEngine.Assess(read.Input!, AsOf, read.Warnings);
    }

    /// <summary>
    /// Spill files of the bulk target (one partition in a temporary folder; records stay in memory per input). Typed
    /// <c>object</c> and made on first use: touching an instrumented type before <c>Fuzzer.Run</c> maps AFL's shared
    /// memory crashes the process (the instrumented module's static constructor needs it).
    /// </summary>
    private static object? _spill;

    /// <summary>As the bulk pipeline's chunk scan: one scanner, one call per non-blank line (CR stripped).</summary>
    private static void BulkNdjson(byte[] b)
    {
        var scanner = new ResourceScanner();
        var spill = (SpillPartitions)(_spill ??= new SpillPartitions(Path.Combine(Path.GetTempPath(), "ferrum-fuzz-spill-" + Environment.ProcessId), 1));
        var writer = spill.CreateWriter();
        var span = b.AsSpan();
        long lineNo = 1;
        while (span.Length > 0)
        {
            var nl = span.IndexOf((byte)'\n');
            var line = nl < 0 ? span : span[..nl];
            span = nl < 0 ? default : span[(nl + 1)..];
            if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
            if (!line.IsEmpty && line.IndexOfAnyExcept((byte)' ', (byte)'\t') >= 0) scanner.Scan(line, 0, "Observation.ndjson", lineNo, writer);
            lineNo++;
        }
    }

    private static void Sr28(byte[] b)
    {
        var parts = Split(b, Sr28Files.Length);
        TextReader Open(int i) => new StringReader(i < parts.Count ? Encoding.Latin1.GetString(parts[i]) : "");
        Sr28Reader.Read(Open(0), Open(1), Open(2), Open(3));
    }

    private static void Fdc(byte[] b)
    {
        var parts = Split(b, FdcFiles.Length);
        FdcCsvReader.Read(name =>
        {
            var i = Array.IndexOf(FdcFiles, name);
            return i >= 0 && i < parts.Count ? new StreamReader(new MemoryStream(parts[i]), Encoding.UTF8) : null;
        }, "fdc");
    }

    /// <summary>Cuts <paramref name="b"/> at NUL bytes into at most <paramref name="max"/> parts (the last keeps any further NULs).</summary>
    internal static List<byte[]> Split(byte[] b, int max)
    {
        var parts = new List<byte[]>();
        var rest = b.AsSpan();
        while (parts.Count < max - 1)
        {
            var nul = rest.IndexOf((byte)0);
            if (nul < 0) break;
            parts.Add(rest[..nul].ToArray());
            rest = rest[(nul + 1)..];
        }
        parts.Add(rest.ToArray());
        return parts;
    }
}
