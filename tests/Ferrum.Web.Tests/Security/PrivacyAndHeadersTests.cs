using System.Net;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class PrivacyAndHeadersTests(PostgresFixture pg)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/patients")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        if (path.StartsWith("/api", StringComparison.Ordinal)) Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413_before_it_is_read()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: new Dictionary<string, string?> { ["Ferrum:MaxRequestBodyBytes"] = "2000" });
        var big = "{\"displayName\":\"" + new string('x', 5000) + "\",\"sex\":\"male\"}";
        var response = await app.Client.PostAsync("/api/patients", Json.Body(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Logs_hold_no_names_ids_or_lab_values_even_when_requests_fail(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        const string name = "Zelda Quixotic-Privacy";
        var p = await Json.CreatePatientAsync(app.Client, name);
        var id = p["id"]!.GetValue<string>();
        await app.Client.PostAsync($"/api/patients/{id}/labs", Json.Body("""[{"loinc":"2276-4","value":31.7,"unit":"ng/mL","date":"2026-01-05"}]"""));
        await app.Client.PostAsync($"/api/patients/{id}/labs", Json.Body("""[{"loinc":"2276-4","value":987654,"unit":"ng/mL","date":"2026-01-05"}]"""));
        await app.Client.PostAsync($"/api/assessments?patientId={id}", Json.Body(Json.Sample.Replace("\"value\": 42", "\"value\": 41.3", StringComparison.Ordinal)));
        await app.Client.PostAsync("/api/patients", Json.Body("{\"displayName\":\"Zelda Broken\",\"birthDate\":\"not-a-date\"}"));
        await app.Client.GetAsync($"/api/patients/{id}");

        Assert.NotEmpty(app.Logs.Lines);  // the host logs (startup at least): the capture works
        foreach (var secret in new[] { "Zelda", id, "31.7", "987654", "41.3", "not-a-date" })
            Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Reading_and_changing_a_record_leaves_audit_rows_for_the_admin()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var p = await Json.CreatePatientAsync(app.Client);
        await app.Client.GetAsync($"/api/patients/{p["id"]}");
        await app.Client.GetAsync($"/api/patients/{p["id"]}/labs");

        var audit = await Json.ReadAsync(await app.Client.GetAsync($"/api/audit?patientId={p["id"]}"));
        var rows = audit["items"]!.AsArray().Select(a => (a!["action"]!.GetValue<string>(), a["resourceType"]!.GetValue<string>(), a["actor"]!.GetValue<string>())).ToList();
        Assert.Equal([("read", "labs", "local"), ("read", "patient", "local"), ("create", "patient", "local")], rows);
    }

    [Fact]
    public async Task Openapi_document_describes_the_api_and_the_browsable_ui_is_served()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var doc = await Json.ReadAsync(await app.Client.GetAsync("/openapi/v1.json"));
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var expected in new[] { "/api/assessments", "/api/patients", "/api/patients/{id}", "/api/patients/{id}/labs", "/api/audit" })
            Assert.Contains(expected, paths);
        var ui = await app.Client.GetAsync("/api-docs/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("swagger-ui", await ui.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
