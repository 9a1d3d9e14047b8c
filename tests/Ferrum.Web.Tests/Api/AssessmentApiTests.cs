using System.Net;
using System.Text.Json.Nodes;
using Ferrum.Clinical;
using Ferrum.Clinical.Json;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class AssessmentApiTests(PostgresFixture pg)
{
    [Fact]
    public async Task Assessment_answers_the_same_json_as_the_engine_writes_for_the_cli()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync("/api/assessments", Json.Body(Json.Sample));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await Json.ReadAsync(response);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expected = JsonNode.Parse(AssessmentResultWriter.ToJson(AssessmentEngine.Assess(AssessmentInputReader.Read(Json.Sample).GetInputOrThrow(), today)));
        Assert.True(JsonNode.DeepEquals(expected, body), "API output differs from the engine's contract JSON");
        Assert.Equal("met", body["rls"]!["status"]!.GetValue<string>());
        Assert.NotEmpty(body["findings"]!.AsArray());
        Assert.All(body["findings"]!.AsArray(), f => Assert.NotEmpty(f!["citations"]!.AsArray()));
    }

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Assessment_saved_to_a_patient_stores_result_and_labs(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var p = await Json.CreatePatientAsync(app.Client);

        var response = await app.Client.PostAsync($"/api/assessments?patientId={p["id"]}", Json.Body(Json.Sample));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await Json.ReadAsync(await app.Client.GetAsync(response.Headers.Location));
        Assert.Equal(p["id"]!.GetValue<string>(), stored["patientId"]!.GetValue<string>());
        Assert.Equal("met", stored["result"]!["rls"]!["status"]!.GetValue<string>());
        var labs = await Json.ReadAsync(await app.Client.GetAsync($"/api/patients/{p["id"]}/labs"));
        Assert.Equal(4, labs["total"]!.GetValue<int>());
        var list = await Json.ReadAsync(await app.Client.GetAsync($"/api/patients/{p["id"]}/assessments"));
        Assert.Equal(stored["id"]!.GetValue<string>(), list["items"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"patient\":{\"ageYears\":45,\"sex\":\"female\"},\"irls\":[1,2,3]}", "irls.count", "$.irls")]
    [InlineData("{\"patient\":{\"ageYears\":45}}", "field.required", "$.patient.sex")]
    [InlineData("{\"patient\":{\"ageYears\":45,\"sex\":\"female\"},\"labs\":[{\"loinc\":\"2276-4\",\"value\":42,\"unit\":\"g/dL\"}]}", "unit.not-accepted", "$.labs[0].unit")]
    [InlineData("{\"patient\":", "json.malformed", null)]  // where: the clinical reader's wording, not asserted here
    public async Task Bad_assessment_input_is_a_problem_naming_the_json_path(string body, string code, string? location)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync("/api/assessments", Json.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response))["errors"]!.AsArray();
        var error = errors.FirstOrDefault(e => e!["code"]!.GetValue<string>() == code);
        Assert.NotNull(error);
        if (location is not null) Assert.Equal(location, error["location"]?.GetValue<string>());
    }

    [Fact]
    public async Task Assessment_for_an_unknown_patient_is_404_and_saves_nothing()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync($"/api/assessments?patientId={Guid.NewGuid()}", Json.Body(Json.Sample));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
