using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Model;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Security;

/// <summary>
/// Per-patient entitlement end to end: two clinicians in different care units (set up through the admin API) cannot
/// list, read or change each other's patients through the API or the Blazor pages; another unit's record answers
/// 404 like a missing one; the admin sees both; the audit log records each refusal.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class EntitlementTests(PostgresFixture pg)
{
    private const string AdminEmail = TestAccounts.AdminEmail;
    private const string AdminPassword = TestAccounts.AdminPassword;
    private const string Password = "a long enough password 1";

    private static Dictionary<string, string?> Accounts => TestAccounts.Config;

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Clinician_of_one_unit_gets_404_for_every_read_and_change_of_another_units_patient(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, config: Accounts);
        var admin = await Caller.AdminAsync(app);
        var west = await admin.PostAsync("/api/admin/care-units", new { name = "West clinic" });
        Assert.Equal(HttpStatusCode.Created, west.StatusCode);
        var westId = (await Json.ReadAsync(west))["id"]!.GetValue<string>();
        var a = await admin.UserAsync("a@clinic.example", null);
        var b = await admin.UserAsync("b@clinic.example", westId);

        var mine = await a.CreatePatientAsync("Entitled Alma");
        var theirs = await b.CreatePatientAsync("Entitled Bruno");
        Assert.Equal(westId, theirs["careUnitId"]!.GetValue<string>());
        var theirId = theirs["id"]!.GetValue<string>();
        var assessment = await b.SendAsync(HttpMethod.Post, $"/api/assessments?patientId={theirId}", Json.Body(Json.Sample));
        Assert.Equal(HttpStatusCode.Created, assessment.StatusCode);
        var labsBefore = (await Json.ReadAsync(await b.SendAsync(HttpMethod.Get, $"/api/patients/{theirId}/labs")))["total"]!.GetValue<int>();

        var listed = await Json.ReadAsync(await a.SendAsync(HttpMethod.Get, "/api/patients?search=entitled"));
        Assert.Equal([mine["id"]!.GetValue<string>()], listed["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        var refused = new (HttpMethod Method, string Url, HttpContent? Body, bool IfMatch)[]
        {
            (HttpMethod.Get, $"/api/patients/{theirId}", null, false),
            (HttpMethod.Put, $"/api/patients/{theirId}", JsonContent.Create(new { displayName = "Hijacked", sex = "male" }), true),
            (HttpMethod.Delete, $"/api/patients/{theirId}", null, true),
            (HttpMethod.Get, $"/api/patients/{theirId}/labs", null, false),
            (HttpMethod.Post, $"/api/patients/{theirId}/labs", Json.Body("""[{"loinc":"2276-4","value":18,"unit":"ng/mL","date":"2026-01-05"}]"""), false),
            (HttpMethod.Get, $"/api/patients/{theirId}/assessments", null, false),
            (HttpMethod.Post, $"/api/assessments?patientId={theirId}", Json.Body(Json.Sample), false),
            (HttpMethod.Get, assessment.Headers.Location!.ToString(), null, false),
        };
        foreach (var (method, url, body, ifMatch) in refused)
        {
            var response = await a.SendAsync(method, url, body, ifMatch ? "\"1\"" : null);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} answered {(int)response.StatusCode} to a clinician of another unit");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var asAdmin = await Json.ReadAsync(await admin.SendAsync(HttpMethod.Get, $"/api/patients/{theirId}"));
        Assert.Equal(("Entitled Bruno", 1), (asAdmin["displayName"]!.GetValue<string>(), asAdmin["version"]!.GetValue<int>()));
        var labs = await Json.ReadAsync(await b.SendAsync(HttpMethod.Get, $"/api/patients/{theirId}/labs"));
        Assert.Equal(labsBefore, labs["total"]!.GetValue<int>()); // the refused lab and assessment posts stored nothing
        var audit = await Json.ReadAsync(await admin.SendAsync(HttpMethod.Get, $"/api/audit?patientId={theirId}&pageSize=100"));
        var denied = audit["items"]!.AsArray().Where(r => r!["actor"]!.GetValue<string>() == "a@clinic.example")
            .Select(r => r!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Repeat("denied", refused.Length), denied);
    }

    [Fact]
    public async Task Blazor_patient_pages_show_only_the_users_own_units_patients()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        var admin = await Caller.AdminAsync(app);
        var westId = (await Json.ReadAsync(await admin.PostAsync("/api/admin/care-units", new { name = "West clinic" })))["id"]!.GetValue<string>();
        var a = await admin.UserAsync("a@clinic.example", null);
        var b = await admin.UserAsync("b@clinic.example", westId);
        var mineId = (await a.CreatePatientAsync("Paged Alma"))["id"]!.GetValue<string>();
        var theirId = (await b.CreatePatientAsync("Paged Bruno"))["id"]!.GetValue<string>();
        var cookies = await SignIn.CookiesAsync(app.Client, "a@clinic.example", Password);

        var list = await Page(app, "/patients", cookies);
        Assert.Contains("Paged Alma", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Paged Bruno", list, StringComparison.Ordinal);
        Assert.Contains("Paged Alma", await Page(app, "/patients/" + mineId, cookies), StringComparison.Ordinal);
        var other = await Page(app, "/patients/" + theirId, cookies);
        Assert.Contains("No such patient", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Paged Bruno", other, StringComparison.Ordinal);
        var adminView = await Page(app, "/patients/" + theirId, await SignIn.CookiesAsync(app.Client, AdminEmail, AdminPassword));
        Assert.Contains("Paged Bruno", adminView, StringComparison.Ordinal);

        var audit = await Json.ReadAsync(await admin.SendAsync(HttpMethod.Get, $"/api/audit?patientId={theirId}&pageSize=100"));
        Assert.Contains(audit["items"]!.AsArray(), r => r!["actor"]!.GetValue<string>() == "a@clinic.example" && r["action"]!.GetValue<string>() == "denied");

        // The assessment form names no role; a researcher in the patient's own unit still sees nothing of the record.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/admin/users",
            new { email = "r@clinic.example", password = Password, roles = new[] { FerrumRoles.Researcher }, careUnitIds = new[] { DefaultCareUnit.Id } })).StatusCode);
        var form = await Page(app, $"/patients/{mineId}/assess", await SignIn.CookiesAsync(app.Client, "r@clinic.example", Password));
        Assert.Contains("Quick assessment", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Paged Alma", form, StringComparison.Ordinal);
        Assert.Contains("Paged Alma", await Page(app, $"/patients/{mineId}/assess", cookies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clinician_in_several_units_must_name_the_unit_of_a_new_patient_and_only_one_of_theirs()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        var admin = await Caller.AdminAsync(app);
        var westId = (await Json.ReadAsync(await admin.PostAsync("/api/admin/care-units", new { name = "West clinic" })))["id"]!.GetValue<string>();
        var eastId = (await Json.ReadAsync(await admin.PostAsync("/api/admin/care-units", new { name = "East clinic" })))["id"]!.GetValue<string>();
        var both = await admin.UserAsync("both@clinic.example", westId);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(HttpMethod.Put, $"/api/admin/care-units/{DefaultCareUnit.Id}/members/{both.UserId}")).StatusCode);

        var unnamed = await both.SendAsync(HttpMethod.Post, "/api/patients", JsonContent.Create(new { displayName = "No Unit", sex = "female" }));
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("careUnitId", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var foreign = await both.SendAsync(HttpMethod.Post, "/api/patients", JsonContent.Create(new { displayName = "East Unit", sex = "female", careUnitId = eastId }));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        var named = await both.SendAsync(HttpMethod.Post, "/api/patients", JsonContent.Create(new { displayName = "West Unit", sex = "female", careUnitId = westId }));
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        Assert.Equal(westId, (await Json.ReadAsync(named))["careUnitId"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(HttpMethod.Delete, $"/api/admin/care-units/{westId}/members/{both.UserId}")).StatusCode);
        var gone = await both.SendAsync(HttpMethod.Get, named.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static async Task<string> Page(TestApp app, string url, string cookies)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookies);
        var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A caller with an API key of one account.</summary>
    private sealed class Caller(TestApp app, string key, string userId)
    {
        public string UserId => userId;

        public static async Task<Caller> AdminAsync(TestApp app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<FerrumUser>>();
            var id = (await users.FindByEmailAsync(AdminEmail))!.Id;
            var key = (await scope.ServiceProvider.GetRequiredService<Ferrum.Storage.Identity.ApiKeyStore>().CreateAsync(id, "test", default)).PlainKey;
            return new Caller(app, key, id);
        }

        /// <summary>Creates a clinician through the admin API, in <paramref name="unitId"/> or (null) the default unit, with a key.</summary>
        public async Task<Caller> UserAsync(string email, string? unitId)
        {
            object body = unitId is null
                ? new { email, password = Password, roles = new[] { FerrumRoles.Clinician } }
                : new { email, password = Password, roles = new[] { FerrumRoles.Clinician }, careUnitIds = new[] { unitId } };
            var created = await PostAsync("/api/admin/users", body);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await Json.ReadAsync(created))["id"]!.GetValue<string>();
            var key = await Json.ReadAsync(await SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/api-keys"));
            return new Caller(app, key["key"]!.GetValue<string>(), id);
        }

        public Task<HttpResponseMessage> PostAsync(string url, object body) => SendAsync(HttpMethod.Post, url, JsonContent.Create(body));

        public async Task<JsonNode> CreatePatientAsync(string name)
        {
            var response = await PostAsync("/api/patients", new { displayName = name, birthDate = "1975-05-06", sex = "male" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await Json.ReadAsync(response);
        }

        public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? body = null, string? ifMatch = null)
        {
            var request = new HttpRequestMessage(method, url) { Content = body };
            request.Headers.Add("X-Api-Key", key);
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return app.Client.SendAsync(request);
        }
    }
}
