using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Ferrum.Web.Studies;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class StudyApiTests(PostgresFixture pg)
{
    private static async Task<System.Text.Json.Nodes.JsonNode> FinishedAsync(TestApp app, HttpResponseMessage accepted)
    {
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = Guid.Parse((await Json.ReadAsync(accepted))["id"]!.GetValue<string>());
        await app.Services.GetRequiredService<StudyJobs>().WhenFinished(id).WaitAsync(TimeSpan.FromMinutes(3));
        return await Json.ReadAsync(await app.Client.GetAsync(accepted.Headers.Location));
    }

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Demo_study_and_an_upload_of_its_data_and_spec_give_the_same_report(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var demo = await FinishedAsync(app, await app.Client.PostAsync("/api/studies/demo?seed=7", null));

        Assert.Equal("succeeded", demo["status"]!.GetValue<string>());
        var files = demo["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("report.html", files);
        Assert.Contains("results.json", files);
        var report = await app.Client.GetAsync($"/api/studies/{demo["id"]}/files/report.html");
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sandbox", report.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("SYNTHETIC", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var form = new MultipartFormDataContent();
        foreach (var (field, path) in new[] { ("data", "study-data.csv"), ("spec", "inputs/study.yaml") })
        {
            var content = new ByteArrayContent(await app.Client.GetByteArrayAsync($"/api/studies/{demo["id"]}/files/{path}"));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, field, Path.GetFileName(path));
        }
        var upload = await FinishedAsync(app, await app.Client.PostAsync("/api/studies", form));

        Assert.Equal("succeeded", upload["status"]!.GetValue<string>());
        var demoAuc = demo["results"]!["biomarkers"]!.AsArray().Select(b => b!["auc"]!.GetValue<double>());
        var uploadAuc = upload["results"]!["biomarkers"]!.AsArray().Select(b => b!["auc"]!.GetValue<double>());
        Assert.Equal(demoAuc, uploadAuc);
    }

    [Fact]
    public async Task Bundle_zip_holds_every_file_of_the_run()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var demo = await FinishedAsync(app, await app.Client.PostAsync("/api/studies/demo", null));
        using var zip = new ZipArchive(await app.Client.GetStreamAsync($"/api/studies/{demo["id"]}/bundle.zip"));
        Assert.Equal(demo["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).Order(), zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task Bad_spec_fails_the_run_with_the_input_error_and_a_missing_file_is_400()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("id,outcome,s100b\n1,Poor,1.5\n2,Good,0.5\n"u8.ToArray()), "data", "data.csv" },
            { new ByteArrayContent("group: { column: nosuchcolumn, case: Poor, control: Good }\nbiomarkers: [s100b]\n"u8.ToArray()), "spec", "study.yaml" },
        };
        var run = await FinishedAsync(app, await app.Client.PostAsync("/api/studies", form));
        Assert.Equal("failed", run["status"]!.GetValue<string>());
        Assert.Contains("nosuchcolumn", run["error"]!.GetValue<string>(), StringComparison.Ordinal);

        using var onlyData = new MultipartFormDataContent { { new ByteArrayContent("id\n1\n"u8.ToArray()), "data", "data.csv" } };
        var missing = await app.Client.PostAsync("/api/studies", onlyData);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("spec", (await Json.ReadAsync(missing))["errors"]![0]!["field"]!.GetValue<string>());
    }
}
