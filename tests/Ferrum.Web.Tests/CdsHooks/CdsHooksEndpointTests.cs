using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.CdsHooks;

[Collection(WebCollection.Name)]
public sealed class CdsHooksEndpointTests(PostgresFixture pg)
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(FerrumCli.RepoRoot, "tests", "fixtures", "cds-hooks", name));

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Discovery_lists_the_three_services_with_prefetch()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var body = JsonNode.Parse(await app.Client.GetStringAsync("/cds-services"))!;
        var services = body["services"]!.AsArray();
        Assert.Equal(["ferrum-rls-iron-patient-view", "ferrum-rls-order-select", "ferrum-rls-order-sign"], services.Select(s => (string)s!["id"]!));
        Assert.All(services, s => Assert.Equal("Patient/{{context.patientId}}", (string)s!["prefetch"]!["patient"]!));
    }

    [Fact]
    public async Task Patient_view_returns_cards_whose_link_opens_the_full_assessment()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync("/cds-services/ferrum-rls-iron-patient-view", Body(Fixture("patient-view.json")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["cards"]!.AsArray();
        var therapy = cards.Single(c => ((string)c!["summary"]!).StartsWith("Ferritin 42 ng/mL", StringComparison.Ordinal))!;
        Assert.Equal("warning", (string)therapy["indicator"]!);
        Assert.Equal("AASM 2024", (string)therapy["source"]!["label"]!);
        var link = new Uri((string)therapy["links"]![0]!["url"]!);
        var page = await app.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("ferritin 42", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Order_select_of_oral_iron_answers_a_dosing_card()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync("/cds-services/ferrum-rls-order-select", Body(Fixture("order-select-ferrous-sulfate.json")));
        var cards = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["cards"]!.AsArray();
        Assert.Equal("info", (string)Assert.Single(cards)!["indicator"]!);
    }

    [Theory]
    [InlineData("/cds-services/no-such-service", "patient-view.json", HttpStatusCode.NotFound)]
    [InlineData("/cds-services/ferrum-rls-order-sign", "patient-view.json", HttpStatusCode.BadRequest)]
    public async Task Unknown_service_is_404_and_wrong_hook_is_400(string path, string fixture, HttpStatusCode status)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync(path, Body(Fixture(fixture)));
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Missing_prefetch_without_a_fhir_server_is_412()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var node = JsonNode.Parse(Fixture("patient-view-no-prefetch.json"))!.AsObject();
        node.Remove("fhirServer");
        var response = await app.Client.PostAsync("/cds-services/ferrum-rls-iron-patient-view", Body(node.ToJsonString()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }
}
