using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Ferrum.Fhir.Bulk;
using Ferrum.Fhir.Tests.Support;

namespace Ferrum.Fhir.Tests.Bulk;

/// <summary>Per-resource problems in a bulk export are reported (counted, and written to errors.ndjson with file, line and id), never thrown.</summary>
public sealed class BulkIssueTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ferrum-bulk-issues-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Pat = J("{'resourceType':'Patient','id':'p1','gender':'female','birthDate':'1980-01-01'}");
    private static readonly string Loinc = J("'code':{'coding':[{'system':'http://loinc.org','code':'2276-4'}]},'subject':{'reference':'Patient/p1'}");
    private static readonly string Qr = J("{'resourceType':'QuestionnaireResponse','id':'q1','subject':{'reference':'Patient/p1'},'status':'completed',");

    /// <summary>JSON written with single quotes for readability.</summary>
    private static string J(string s) => s.Replace('\'', '"');

    private (BulkReport Report, List<JsonElement> Errors) Run(params (string File, string Text)[] files)
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        foreach (var (file, text) in files)
        {
            if (file.EndsWith(".gz", StringComparison.Ordinal))
                using (var gz = new GZipStream(File.Create(Path.Combine(input, file)), CompressionLevel.Fastest)) gz.Write(Encoding.UTF8.GetBytes(text));
            else File.WriteAllText(Path.Combine(input, file), text);
        }
        var report = BulkScreening.Run(new BulkOptions(input, Path.Combine(_dir, "out"), Samples.AsOf) { Parallelism = 2 });
        var errors = File.ReadLines(Path.Combine(_dir, "out", "errors.ndjson")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (report, errors);
    }

    public static TheoryData<string, string, string> BadResources => new()
    {
        { "Observation.ndjson", J("{'resourceType':'Observation','id':'o1','status':'final'," + Loinc + ",'valueQuantity':{'value':'20','code':'ng/mL'}}"), "observation.value-not-number" },
        { "Observation.ndjson", J("{'resourceType':'Observation','id':'o1','status':'final'," + Loinc + ",'valueQuantity':{'value':20,'unit':'furlong','code':'[fur_us]'}}"), "observation.unit.unknown" },
        { "Observation.ndjson", J("{'resourceType':'Observation','id':'o1','status':'final'," + Loinc + ",'valueQuantity':{'value':20}}"), "observation.unit-missing" },
        { "Observation.ndjson", J("{'resourceType':'Observation','id':'o1','status':'cancelled'," + Loinc + ",'valueQuantity':{'value':20,'code':'ng/mL'}}"), "observation.status-not-used" },
        { "Observation.ndjson", J("{'resourceType':'Observation','id':'o1','status':'final'," + Loinc + ",'valueString':'low'}"), "observation.value-not-quantity" },
        { "Observation.ndjson", J("{'resourceType':'Observation','id':'o1','status':'final','subject':{'reference':'Patient/p1'},'valueQuantity':{'value':20,'code':'ng/mL'}}"), "observation.code-missing" },
        { "MedicationRequest.ndjson", J("{'resourceType':'MedicationRequest','id':'m1','status':'active','subject':{'reference':'Patient/p1'},'medicationCodeableConcept':{'coding':[{'system':'x','code':'1'}]}}"), "medication.name-missing" },
        { "QuestionnaireResponse.ndjson", Qr + J("'questionnaire':'http://example.org/other','item':[{'linkId':'a','answer':[{'valueBoolean':true}]}]}"), "questionnaire.unknown" },
        { "QuestionnaireResponse.ndjson", Qr + J("'questionnaire':'http://ferrum.example.org/fhir/Questionnaire/ferrum-irls','item':[{'linkId':'irls-99','answer':[{'valueInteger':1}]}]}"), "questionnaire.item-unknown" },
        { "QuestionnaireResponse.ndjson", Qr + J("'questionnaire':'http://ferrum.example.org/fhir/Questionnaire/ferrum-irls','item':[{'linkId':'irls-1','answer':[{'valueString':'x'}]}]}"), "questionnaire.answer-type" },
        { "QuestionnaireResponse.ndjson", Qr + J("'questionnaire':'http://ferrum.example.org/fhir/Questionnaire/ferrum-irls','item':[{'linkId':'irls-1','answer':[{'valueInteger':7}]}]}"), "questionnaire.irls-score-range" },
    };

    [Theory]
    [MemberData(nameof(BadResources))]
    public void A_bad_resource_is_reported_with_its_file_line_and_id_and_the_same_code_as_the_bundle_path(string file, string line, string code)
    {
        var (report, errors) = Run(("Patient.ndjson", Pat + "\n"), (file, "\n" + line + "\n"));
        Assert.Equal(1, report.Assessed);
        var e = Assert.Single(errors, x => x.GetProperty("code").GetString() == code);
        Assert.Equal(file, e.GetProperty("file").GetString());
        Assert.Equal(2, e.GetProperty("line").GetInt64());
        Assert.EndsWith("1", e.GetProperty("resourceId").GetString(), StringComparison.Ordinal);
        Assert.Equal("p1", e.GetProperty("patientId").GetString());
        Assert.Equal(report.IssuesWritten, errors.Count);

        var bundle = J("{'resourceType':'Bundle','type':'collection','entry':[{'resource':" + Pat + "},{'resource':" + line + "}]}");
        if (code == "observation.value-not-number")
        {
            // Firely keeps the string and throws when it is read: the single-bundle path rejects the whole file instead.
            Assert.Throws<Ferrum.Core.Errors.InputErrorException>(() => FhirAssessment.AssessJson(bundle, Samples.AsOf));
            return;
        }
        var (patients, _) = FhirAssessment.AssessJson(bundle, Samples.AsOf);
        Assert.Contains(patients[0].Issues, i => i.Code == code);
    }

    [Fact]
    public void Two_patients_with_one_id_and_different_data_are_an_error_naming_the_id_and_both_lines()
    {
        var (report, errors) = Run(("Patient.ndjson", Pat + "\n" + Pat.Replace("female", "male", StringComparison.Ordinal) + "\n" + J("{'resourceType':'Patient','id':'p2','gender':'male','birthDate':'1970-01-01'}") + "\n" + J("{'resourceType':'Patient','id':'p2','gender':'male','birthDate':'1970-01-01'}") + "\n"));
        Assert.Equal(2, report.Patients);
        Assert.Equal(1, report.Assessed); // p2's repeat is identical: harmless
        var e = Assert.Single(errors);
        Assert.Equal("patient.duplicate-id", e.GetProperty("code").GetString());
        Assert.Equal("p1", e.GetProperty("resourceId").GetString());
        Assert.Contains("Patient.ndjson:1 and Patient.ndjson:2", e.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, report.ByTherapy["not-assessed"]);
    }

    [Fact]
    public void A_last_line_cut_mid_resource_is_reported_with_file_and_line_and_the_rest_is_screened()
    {
        var cut = Pat.Replace("p1", "p2", StringComparison.Ordinal)[..40];
        var (report, errors) = Run(("Patient.ndjson", Pat + "\n" + cut));
        Assert.Equal(1, report.Assessed);
        var e = Assert.Single(errors);
        Assert.Equal(("ndjson.invalid-line", "Patient.ndjson", 2L), (e.GetProperty("code").GetString(), e.GetProperty("file").GetString(), e.GetProperty("line").GetInt64()));
        Assert.Equal(1, report.IssuesByResourceType["Patient"]);
    }

    [Fact]
    public void A_gzip_file_cut_at_a_line_boundary_is_reported_as_truncated()
    {
        var lines = string.Concat(Enumerable.Range(0, 500).Select(i => Pat.Replace("p1", "p" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "\n"));
        var full = new MemoryStream();
        using (var gz = new GZipStream(full, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(Encoding.UTF8.GetBytes(lines));
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.WriteAllBytes(Path.Combine(input, "Patient.ndjson.gz"), full.ToArray()[..^8]); // trailer (CRC32, ISIZE) gone: the data itself is complete
        var report = BulkScreening.Run(new BulkOptions(input, Path.Combine(_dir, "out"), Samples.AsOf));
        Assert.Equal(500, report.Assessed);
        Assert.Equal(1, report.IssuesByCode["bulk.gzip-truncated"]);
        Assert.Contains("Patient.ndjson.gz", report.FirstIssues[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_read_the_same_under_a_german_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var (report, errors) = Run(("Patient.ndjson", Pat + "\n"),
                ("Observation.ndjson", J("{'resourceType':'Observation','id':'o1','status':'final'," + Loinc + ",'effectiveDateTime':'2026-10-01','valueQuantity':{'value':42.5,'code':'ng/mL'}}") + "\n"));
            Assert.Empty(errors);
            var row = File.ReadLines(Path.Combine(_dir, "out", "summary.csv")).Skip(1).Single().Split(',');
            Assert.Equal("42.5", row[6]);
            Assert.Equal(1, report.Assessed);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
