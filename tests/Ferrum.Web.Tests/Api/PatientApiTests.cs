using System.Net;
using System.Net.Http.Json;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class PatientApiTests(PostgresFixture pg)
{
    private static HttpRequestMessage Put(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static object Edit(string name) => new { displayName = name, birthDate = "1981-03-04", sex = "female", medications = new[] { "ropinirole" } };

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Patient_is_created_read_and_replaced_with_etags(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var created = await app.Client.PostAsJsonAsync("/api/patients", new { displayName = "Anna Example", birthDate = "1981-03-04", sex = "female", medications = new[] { "sertraline" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.ToString());
        var location = created.Headers.Location!.ToString();

        var read = await app.Client.GetAsync(location);
        Assert.Equal("\"1\"", read.Headers.ETag?.ToString());
        Assert.Equal("sertraline", (await Json.ReadAsync(read))["medications"]![0]!.GetValue<string>());

        var updated = await app.Client.SendAsync(Put(location, Edit("Anna Changed"), "\"1\""));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.ToString());
        Assert.Equal("Anna Changed", (await Json.ReadAsync(await app.Client.GetAsync(location)))["displayName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired)]
    [InlineData("\"1\"", HttpStatusCode.Conflict)]
    [InlineData("W/\"2\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("*", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"2\"", HttpStatusCode.OK)]
    public async Task Replace_needs_the_current_etag(string? ifMatch, HttpStatusCode expected)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var p = await Json.CreatePatientAsync(app.Client);
        var url = "/api/patients/" + p["id"];
        (await app.Client.SendAsync(Put(url, Edit("First"), "\"1\""))).EnsureSuccessStatusCode();  // now at version 2

        var response = await app.Client.SendAsync(Put(url, Edit("Second"), ifMatch));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Conflict)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("\"2\"", (await Json.ReadAsync(response))["currentETag"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Two_writers_on_the_same_patient_one_wins_and_the_other_gets_409(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        for (var round = 0; round < 5; round++)
        {
            var p = await Json.CreatePatientAsync(app.Client, "Race " + round);
            var url = "/api/patients/" + p["id"];
            var writers = await Task.WhenAll(
                app.Client.SendAsync(Put(url, Edit("Writer A"), "\"1\"")),
                app.Client.SendAsync(Put(url, Edit("Writer B"), "\"1\"")));

            var codes = writers.Select(w => w.StatusCode).Order().ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], codes);
            var winner = await Json.ReadAsync(writers.Single(w => w.StatusCode == HttpStatusCode.OK));
            var final = await Json.ReadAsync(await app.Client.GetAsync(url));
            Assert.Equal(winner["displayName"]!.GetValue<string>(), final["displayName"]!.GetValue<string>());
            Assert.Equal(2, final["version"]!.GetValue<long>());
        }
    }

    [Theory]
    [InlineData("{\"displayName\":\"\",\"sex\":\"female\"}", "displayName", "patient.name")]
    [InlineData("{\"displayName\":\"A\",\"sex\":\"other\"}", "sex", "patient.sex")]
    [InlineData("{\"displayName\":\"A\",\"sex\":\"male\",\"birthDate\":\"1850-01-01\"}", "birthDate", "patient.birth-date")]
    [InlineData("{\"displayName\":\"A\",\"sex\":\"male\",\"medications\":[\"\"]}", "medications", "patient.medication")]
    [InlineData("{\"displayName\":\"A\",\"sex\":\"male\",\"birthDate\":\"yesterday\"}", "birthDate", "json.invalid")]
    public async Task Invalid_patient_is_a_problem_naming_the_field(string body, string field, string code)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync("/api/patients", Json.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = (await Json.ReadAsync(response))["errors"]![0]!;
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal(code, error["code"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Patient_list_pages_and_refuses_an_oversized_page(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        for (var i = 0; i < 5; i++) await Json.CreatePatientAsync(app.Client, "Page Patient " + i);

        var page = await Json.ReadAsync(await app.Client.GetAsync("/api/patients?search=page%20patient&page=3&pageSize=2"));
        var tooBig = await app.Client.GetAsync("/api/patients?pageSize=500");

        Assert.Equal(5, page["total"]!.GetValue<int>());
        Assert.Equal(3, page["totalPages"]!.GetValue<int>());
        Assert.Equal("Page Patient 4", page["items"]![0]!["displayName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("pageSize", (await Json.ReadAsync(tooBig))["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_patient_is_404_problem_and_a_matching_if_none_match_is_304()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var missing = await app.Client.GetAsync("/api/patients/" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        var p = await Json.CreatePatientAsync(app.Client);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/patients/" + p["id"]);
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.NotModified, (await app.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Delete_needs_if_match_and_removes_the_record()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var p = await Json.CreatePatientAsync(app.Client);
        var url = "/api/patients/" + p["id"];
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await app.Client.DeleteAsync(url)).StatusCode);
        var delete = new HttpRequestMessage(HttpMethod.Delete, url);
        delete.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync(url)).StatusCode);
    }
}
