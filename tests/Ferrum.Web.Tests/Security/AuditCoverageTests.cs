using System.Net;
using System.Net.Http.Json;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Security;

/// <summary>Every API call that reads or changes a patient's record leaves exactly the audit row that says so.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditCoverageTests(PostgresFixture pg)
{
    private sealed record Step(string Name, Func<HttpClient, string, Task<HttpResponseMessage>> Call, string Action, string Resource);

    private static readonly Step[] Steps =
    [
        new("read record", (c, id) => c.GetAsync($"/api/patients/{id}"), "read", "patient"),
        new("replace record", async (c, id) =>
        {
            var r = new HttpRequestMessage(HttpMethod.Put, $"/api/patients/{id}")
            {
                Content = JsonContent.Create(new { displayName = "Audit Renamed", birthDate = "1981-03-04", sex = "female" }),
            };
            r.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            return await c.SendAsync(r);
        }, "update", "patient"),
        new("add labs", (c, id) => c.PostAsync($"/api/patients/{id}/labs", Json.Body("""[{"loinc":"2276-4","value":18,"unit":"ng/mL","date":"2026-01-05"}]""")), "create", "labs"),
        new("list labs", (c, id) => c.GetAsync($"/api/patients/{id}/labs"), "read", "labs"),
        new("saved assessment", (c, id) => c.PostAsync($"/api/assessments?patientId={id}", Json.Body(Json.Sample)), "create", "assessment"),
        new("list assessments", (c, id) => c.GetAsync($"/api/patients/{id}/assessments"), "read", "assessments"),
        new("delete record", async (c, id) =>
        {
            var r = new HttpRequestMessage(HttpMethod.Delete, $"/api/patients/{id}");
            r.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
            return await c.SendAsync(r);
        }, "delete", "patient"),
    ];

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Each_read_and_change_of_a_patient_record_writes_its_audit_row(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var id = (await Json.CreatePatientAsync(app.Client, "Audit Subject"))["id"]!.GetValue<string>();
        var expected = new List<(string, string)> { ("create", "patient") };
        foreach (var step in Steps)
        {
            var response = await step.Call(app.Client, id);
            Assert.True(response.IsSuccessStatusCode, $"{step.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            expected.Add((step.Action, step.Resource));
            var audit = await Json.ReadAsync(await app.Client.GetAsync($"/api/audit?patientId={id}&pageSize=100"));
            var rows = audit["items"]!.AsArray()
                .Select(a => (a!["action"]!.GetValue<string>(), a["resourceType"]!.GetValue<string>())).Reverse().ToList();
            Assert.True(expected.SequenceEqual(rows), $"after '{step.Name}': audit rows are [{string.Join(", ", rows)}], expected [{string.Join(", ", expected)}]");
        }
    }

    [Fact]
    public async Task A_refused_change_leaves_the_record_and_its_audit_trail_unchanged()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var id = (await Json.CreatePatientAsync(app.Client, "Audit Stale"))["id"]!.GetValue<string>();
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/patients/{id}") { Content = JsonContent.Create(new { displayName = "Lost Update", sex = "female" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        Assert.Equal(HttpStatusCode.Conflict, (await app.Client.SendAsync(stale)).StatusCode);
        var badLabs = await app.Client.PostAsync($"/api/patients/{id}/labs", Json.Body("""[{"loinc":"2276-4","value":18,"unit":"ng/mL","date":"2026-01-05"},{"loinc":"2276-4","value":"x","unit":"ng/mL"}]"""));
        Assert.Equal(HttpStatusCode.BadRequest, badLabs.StatusCode);

        var audit = await Json.ReadAsync(await app.Client.GetAsync($"/api/audit?patientId={id}"));
        Assert.Equal(["create"], audit["items"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));
        var labs = await Json.ReadAsync(await app.Client.GetAsync($"/api/patients/{id}/labs"));
        Assert.Empty(labs["items"]!.AsArray());
    }
}
