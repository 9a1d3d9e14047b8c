using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Ferrum.Web.Studies;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Api;

/// <summary><c>POST /api/studies</c> with plate files and a layout: ELISA first, then the analysis.</summary>
[Collection(WebCollection.Name)]
public sealed class PlateStudyApiTests(PostgresFixture pg)
{
    private static string StudySample(string path) => Path.Combine(FerrumCli.RepoRoot, "samples", "study", path);

    private static ByteArrayContent FileContent(string path)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    /// <summary>The sample study as a multipart form: clinical table, spec, and optionally the plates and layout.</summary>
    internal static MultipartFormDataContent SampleForm(bool plates, string data = "clinical.csv")
    {
        var form = new MultipartFormDataContent
        {
            { FileContent(StudySample(data)), "data", data },
            { FileContent(StudySample("study.yaml")), "spec", "study.yaml" },
        };
        if (!plates) return form;
        form.Add(FileContent(StudySample("layout.yaml")), "layout", "layout.yaml");
        foreach (var plate in Directory.GetFiles(StudySample("plates"), "*.csv").Order(StringComparer.Ordinal))
            form.Add(FileContent(plate), "plates", Path.GetFileName(plate));
        return form;
    }

    /// <summary>A CSV without quoted fields as column name → values, ordered by name.</summary>
    private static SortedDictionary<string, string> Columns(string csv)
    {
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        return new(rows[0].Select((c, i) => (c, string.Join('|', rows.Skip(1).Select(r => r[i])))).ToDictionary(x => x.c, x => x.Item2), StringComparer.Ordinal);
    }

    private static async Task<JsonNode> FinishedAsync(TestApp app, HttpResponseMessage accepted)
    {
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = Guid.Parse((await Json.ReadAsync(accepted))["id"]!.GetValue<string>());
        await app.Services.GetRequiredService<StudyJobs>().WhenFinished(id).WaitAsync(TimeSpan.FromMinutes(3));
        return await Json.ReadAsync(await app.Client.GetAsync(accepted.Headers.Location));
    }

    [Fact]
    public async Task Sample_plates_and_layout_give_the_sample_data_table_the_same_results_and_a_curve_and_qc_report()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        using var platesForm = SampleForm(plates: true);
        var fromPlates = await FinishedAsync(app, await app.Client.PostAsync("/api/studies", platesForm));
        Assert.True(fromPlates["status"]!.GetValue<string>() == "succeeded", fromPlates["error"]?.ToString());
        Assert.Equal("plates", fromPlates["kind"]!.GetValue<string>());
        var id = fromPlates["id"]!.GetValue<string>();

        // The concentrations joined with the clinical table are the sample's study-data.csv (made by `study demo`), column for
        // column (the analyte columns follow the order of the uploaded plates).
        var joined = await app.Client.GetStringAsync($"/api/studies/{id}/files/study-data.csv");
        Assert.Equal(Columns(await File.ReadAllTextAsync(StudySample("study-data.csv"))), Columns(joined));

        // Standard curves and QC: one curve figure per plate and analyte, shown in the ELISA report.
        var files = fromPlates["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("report.html", files);
        Assert.Contains("inputs/plates/ndev_tfr_P2.csv", files);
        Assert.Equal(8, files.Count(f => f.StartsWith("elisa/figures/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal)));
        var elisa = await app.Client.GetStringAsync($"/api/studies/{id}/files/elisa/elisa-report.html");
        Assert.Contains("Standard curves", elisa, StringComparison.Ordinal);
        Assert.Contains("Plate QC summary", elisa, StringComparison.Ordinal);
        Assert.Contains("elisa/tables/plate-qc.csv", files);

        using var dataForm = SampleForm(plates: false, data: "study-data.csv");
        var fromData = await FinishedAsync(app, await app.Client.PostAsync("/api/studies", dataForm));
        Assert.Equal(fromData["results"]!["biomarkers"]!.ToJsonString(), fromPlates["results"]!["biomarkers"]!.ToJsonString());
    }

    [Theory]
    [InlineData("layout")]
    [InlineData("plates")]
    public async Task Plates_without_a_layout_or_a_layout_without_plates_is_400_naming_the_missing_part(string missing)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        using var form = SampleForm(plates: false);
        if (missing == "layout") form.Add(FileContent(StudySample("plates/cd81_P1.csv")), "plates", "cd81_P1.csv");
        else form.Add(FileContent(StudySample("layout.yaml")), "layout", "layout.yaml");
        var response = await app.Client.PostAsync("/api/studies", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Json.ReadAsync(response))["errors"]![0]!;
        Assert.Equal("study.plates-incomplete", error["code"]!.GetValue<string>());
        Assert.Equal(missing, error["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_plate_fails_the_run_naming_the_plate_file()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        using var form = SampleForm(plates: false);
        form.Add(FileContent(StudySample("layout.yaml")), "layout", "layout.yaml");
        form.Add(new ByteArrayContent("this is not,a plate\n1,2\n"u8.ToArray()), "plates", "broken_P1.csv");
        var run = await FinishedAsync(app, await app.Client.PostAsync("/api/studies", form));
        Assert.Equal("failed", run["status"]!.GetValue<string>());
        Assert.Contains("broken_P1.csv", run["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
