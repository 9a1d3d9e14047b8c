using System.Net;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class LabApiTests(PostgresFixture pg)
{
    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Labs_are_added_together_and_listed_newest_first(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var p = await Json.CreatePatientAsync(app.Client);
        var body = """[{"loinc":"2276-4","value":18,"unit":"ng/mL","date":"2026-01-05"},{"loinc":"2276-4","value":64,"unit":"ug/L","date":"2026-04-05"}]""";

        var added = await app.Client.PostAsync($"/api/patients/{p["id"]}/labs", Json.Body(body));
        var list = await Json.ReadAsync(await app.Client.GetAsync($"/api/patients/{p["id"]}/labs?loinc=2276-4"));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal([64.0, 18.0], list["items"]!.AsArray().Select(l => l!["value"]!.GetValue<double>()));
    }

    [Theory]
    [InlineData("""[{"loinc":"2276-4","value":42,"unit":"g/dL","date":"2026-01-05"}]""", "unit", "unit.not-accepted", "$[0].unit")]
    [InlineData("""[{"loinc":"9999-4","value":42,"unit":"ng/mL","date":"2026-01-05"}]""", "loinc", "loinc.unknown", "$[0].loinc")]
    [InlineData("""[{"loinc":"718-7","value":400,"unit":"g/dL","date":"2026-01-05"}]""", "value", "value.implausible", "$[0].value")]
    [InlineData("""[{"loinc":"718-7","value":12,"unit":"g/dL","date":"2999-01-05"}]""", "date", "lab.date", "$[0].date")]
    [InlineData("""[{"loinc":"718-7","value":12,"unit":"g/dL","date":"2026-01-05"},{"loinc":"718-7","unit":"g/dL","date":"2026-01-05"}]""", "value", "lab.value", "$[1].value")]
    [InlineData("""[{"loinc":"2276-4","value":"42","unit":"ng/mL","date":"2026-01-05"}]""", "value", "json.invalid", "$[0].value")]
    [InlineData("""[{"loinc":"2276-5","value":42,"unit":"ng/mL","date":"2026-01-05"}]""", "loinc", "loinc.malformed", "$[0].loinc")]
    [InlineData("""[{"loinc":"2276-4","value":42,"value":420,"unit":"ng/mL","date":"2026-01-05"}]""", "value", "json.invalid", "$[0].value")]
    public async Task Invalid_lab_is_refused_naming_row_and_field_and_nothing_is_stored(string body, string field, string code, string location)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var p = await Json.CreatePatientAsync(app.Client);

        var response = await app.Client.PostAsync($"/api/patients/{p["id"]}/labs", Json.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Json.ReadAsync(response))["errors"]![0]!;
        Assert.Equal((field, code, location), (error["field"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["location"]!.GetValue<string>()));
        Assert.Equal(0, (await Json.ReadAsync(await app.Client.GetAsync($"/api/patients/{p["id"]}/labs")))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Labs_of_an_unknown_patient_are_404()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync($"/api/patients/{Guid.NewGuid()}/labs", Json.Body("""[{"loinc":"718-7","value":12,"unit":"g/dL","date":"2026-01-05"}]"""));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
