using System.Buffers;
using System.Text;
using System.Text.Json;
using Ferrum.Fhir.Bulk;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Synthetic;
using Ferrum.Fhir.Tests.Support;
using Ferrum.Fhir.Tests.Synthetic;

namespace Ferrum.Fhir.Tests.Bulk;

/// <summary>
/// The fast bulk path (span scanner, binary spill, join) must give exactly what assessing each patient's own Bundle
/// through the normal <c>ferrum assess --fhir</c> path (Firely parser and resource mapper) gives.
/// </summary>
public sealed class BulkEquivalenceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ferrum-bulk-eq-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_patient_gets_byte_identical_fhir_lines_and_summary_row_as_its_own_bundle_through_assess_fhir()
    {
        var input = Path.Combine(_dir, "in");
        var export = SyntheticExport.Write(input, new SyntheticExportOptions(400, 5, Samples.AsOf) { FilesPerType = 2, Gzip = true });
        var report = BulkScreening.Run(new BulkOptions(input, Path.Combine(_dir, "out"), Samples.AsOf) { PartitionInputBytes = 16 << 10, Parallelism = 2 });
        Assert.Equal(400, report.Patients);

        // Each patient's resources in the order the bulk reader meets them: files by name, then line by line.
        var byPatient = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in export.Files.Order(StringComparer.Ordinal))
            foreach (var line in SyntheticExportTests.Lines(file))
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var pid = r.GetProperty("resourceType").GetString() == "Patient" ? r.GetProperty("id").GetString()!
                    : References.PatientId(r.GetProperty("subject").GetProperty("reference").GetString())!;
                if (!byPatient.TryGetValue(pid, out var list)) byPatient[pid] = list = [];
                list.Add(line);
            }

        var bulkFhir = File.ReadLines(Path.Combine(_dir, "out", "results.ndjson"))
            .GroupBy(l => JsonDocument.Parse(l).RootElement.GetProperty("subject").GetProperty("reference").GetString()!["Patient/".Length..])
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(l => l + "\n")), StringComparer.Ordinal);
        var bulkRows = File.ReadLines(Path.Combine(_dir, "out", "summary.csv")).Skip(1).ToDictionary(l => l.Split(',')[0], l => l + "\n", StringComparer.Ordinal);
        Assert.Equal(byPatient.Keys.Order(StringComparer.Ordinal), bulkRows.Keys.Order(StringComparer.Ordinal));

        var buffer = new ArrayBufferWriter<byte>();
        var writer = new BulkFhirWriter(buffer);
        var checkedIssues = 0;
        foreach (var (pid, lines) in byPatient)
        {
            var bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + string.Join(",", lines.Select(l => "{\"resource\":" + l + "}")) + "]}";
            var (patients, issues) = FhirAssessment.AssessJson(bundle, Samples.AsOf, pid + ".json");
            Assert.Empty(issues);
            var a = Assert.Single(patients);
            // The bulk path counts Observations of LOINC codes Ferrum does not read (vital signs …) in the report only.
            a = a with { Issues = a.Issues.Where(i => i.Code != "observation.code-not-used").ToList() };
            checkedIssues += a.Issues.Count;
            buffer.ResetWrittenCount();
            var outcome = BulkAssessor.Outcome(a, writer);
            Assert.Equal(BulkPipeline.CsvLine(outcome.Row), bulkRows[pid]);
            Assert.Equal(Encoding.UTF8.GetString(buffer.WrittenSpan), bulkFhir.GetValueOrDefault(pid, ""));
        }
        Assert.True(checkedIssues > 0, "the sample should include patients with mapping issues");
        Assert.Contains(bulkRows.Values, r => r.Contains(",met,", StringComparison.Ordinal)); // questionnaire answers were read
    }
}
