using System.Globalization;
using System.Text.Json;
using Ferrum.Clinical.Json;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Bulk;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Synthetic;
using Ferrum.Fhir.Tests.Support;
using Ferrum.Fhir.Tests.Synthetic;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Tests.Bulk;

public sealed class BulkScreeningTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ferrum-bulk-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (BulkReport Report, SyntheticExportSummary Export) Run(int patients, int files, bool gzip, long partitionBytes)
    {
        var export = SyntheticExport.Write(Path.Combine(_dir, "in"), new SyntheticExportOptions(patients, 11, Samples.AsOf) { FilesPerType = files, Gzip = gzip });
        var report = BulkScreening.Run(new BulkOptions(Path.Combine(_dir, "in"), Path.Combine(_dir, "out"), Samples.AsOf) { PartitionInputBytes = partitionBytes, Parallelism = 2 });
        return (report, export);
    }

    [Fact]
    public void Split_gzip_export_in_many_partitions_gives_the_same_results_as_the_firely_bundle_path()
    {
        var (report, export) = Run(300, 2, gzip: true, partitionBytes: 16 << 10);
        Assert.True(report.Partitions > 10, $"{report.Partitions} partitions");
        Assert.Equal(300, report.Patients);

        // Reference: every resource parsed with the Firely SDK into one Bundle, mapped by the resource mapper.
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var f in export.Files)
            foreach (var line in SyntheticExportTests.Lines(f))
                bundle.Entry.Add(new Bundle.EntryComponent { Resource = FhirJson.Parse(line).Resource });
        var expected = FhirAssessment.Assess(bundle, Samples.AsOf).Patients.ToDictionary(p => p.PatientId);

        var rows = File.ReadAllLines(Path.Combine(_dir, "out", "summary.csv"));
        Assert.StartsWith("PatientId,Assessed,AgeYears,Sex,RlsStatus", rows[0], StringComparison.Ordinal);
        Assert.Equal(301, rows.Length);
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Split(',');
            var reference = expected[cells[0]];
            Assert.Equal(reference.Result is null ? "not-assessed" : ContractNames.Of(reference.Result.Therapy.Recommendation), cells[11]);
            // The bulk path counts unused LOINC codes (vital signs …) in the report only, not per patient.
            Assert.Equal(reference.Issues.Count(i => i.Code != "observation.code-not-used").ToString(CultureInfo.InvariantCulture), cells[13]);
        }
        var byTherapy = expected.Values.GroupBy(p => p.Result is null ? "not-assessed" : ContractNames.Of(p.Result.Therapy.Recommendation))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(byTherapy.OrderBy(k => k.Key), report.ByTherapy.OrderBy(k => k.Key));
    }

    [Fact]
    public void Report_counts_anemia_and_issues_per_resource_type_and_results_are_valid_fhir()
    {
        var (report, _) = Run(200, 1, gzip: false, partitionBytes: 512L << 20);
        Assert.Equal(16, report.Partitions); // at least eight per worker
        Assert.Equal(report.Patients, report.ByAnemia.Values.Sum());
        Assert.True(report.IssuesByCode["observation.code-not-used"] > 100);
        Assert.True(report.IssuesByResourceType["Observation"] >= report.IssuesByCode["observation.code-not-used"]);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "report.json")));
        Assert.Equal(200, json.RootElement.GetProperty("patients").GetInt64());
        var lines = File.ReadLines(Path.Combine(_dir, "out", "results.ndjson")).ToList();
        Assert.True(lines.Count >= report.Assessed);
        foreach (var line in lines.Take(12)) Assert.Empty(R4Validator.Errors(FhirJson.Parse(line).Resource));
    }

    [Fact]
    public void Broken_lines_and_orphan_resources_are_counted_not_thrown()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "Patient.ndjson"), """{"resourceType":"Patient","id":"a","gender":"female","birthDate":"1980-01-01"}""" + "\n{not json\n\n");
        File.WriteAllText(Path.Combine(input, "Observation.ndjson"),
            """{"resourceType":"Observation","id":"o1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2276-4"}]},"subject":{"reference":"Patient/a"},"valueQuantity":{"value":20}}""" + "\n"
            + """{"resourceType":"Observation","id":"o2","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2276-4"}]},"valueQuantity":{"value":20,"code":"ng/mL"}}""" + "\n"
            + """{"resourceType":"Observation","id":"o3","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2276-4"}]},"subject":{"reference":"Patient/ghost"},"valueQuantity":{"value":20,"code":"ng/mL"}}""" + "\n");
        var report = BulkScreening.Run(new BulkOptions(input, Path.Combine(_dir, "out"), Samples.AsOf));
        Assert.Equal(2, report.Patients);
        Assert.Equal(1, report.Assessed);
        Assert.Equal(1, report.IssuesByCode["ndjson.invalid-line"]);
        Assert.Equal(1, report.IssuesByCode["observation.unit-missing"]);
        Assert.Equal(1, report.IssuesByCode["reference.subject-missing"]);
        Assert.Equal(1, report.IssuesByCode["patient.missing"]);
        Assert.Equal(2, report.IssuesByResourceType["Patient"]);
    }

    [Fact]
    public void Missing_or_empty_export_folder_is_an_input_error()
    {
        var ex = Assert.Throws<InputErrorException>(() => BulkScreening.Run(new BulkOptions(Path.Combine(_dir, "nope"), Path.Combine(_dir, "out"), Samples.AsOf)));
        Assert.Equal("bulk.no-directory", ex.Error.Code);
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));
        ex = Assert.Throws<InputErrorException>(() => BulkScreening.Run(new BulkOptions(Path.Combine(_dir, "empty"), Path.Combine(_dir, "out"), Samples.AsOf)));
        Assert.Equal("bulk.no-files", ex.Error.Code);
    }
}
