using System.Text.Json;
using System.Text.Json.Nodes;
using Ferrum.Core.Errors;
using Ferrum.Fhir.CdsHooks;
using Ferrum.Fhir.Tests.Support;

namespace Ferrum.Fhir.Tests.CdsHooks;

public sealed class CdsHookServiceTests
{
    [Fact]
    public void Discovery_lists_three_services_with_patient_lab_medication_prefetch_templates()
    {
        var json = JsonSerializer.Serialize(CdsServiceCatalog.Discovery);
        var doc = JsonNode.Parse(json)!["services"]!.AsArray();
        Assert.Equal(["patient-view", "order-select", "order-sign"], doc.Select(s => (string)s!["hook"]!));
        foreach (var s in doc)
        {
            var prefetch = s!["prefetch"]!.AsObject();
            Assert.Equal("Patient/{{context.patientId}}", (string)prefetch["patient"]!);
            Assert.Contains("http://loinc.org|2276-4", (string)prefetch["labs"]!, StringComparison.Ordinal);
            Assert.Contains("http://loinc.org|2502-3", (string)prefetch["labs"]!, StringComparison.Ordinal);
            Assert.Equal("MedicationRequest?patient={{context.patientId}}&status=active", (string)prefetch["medicationRequests"]!);
        }
    }

    private static void AssertWellFormed(CdsResponse response)
    {
        Assert.All(response.Cards, c =>
        {
            Assert.InRange(c.Summary.Length, 1, 140);
            Assert.Contains(c.Indicator, new[] { "info", "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(c.Source.Label));
            Assert.Contains("**Sources**", c.Detail, StringComparison.Ordinal);
            Assert.Single(c.Links);
        });
        Assert.Equal(response.Cards.Count, response.Cards.Select(c => c.Uuid).Distinct().Count());
    }

    [Fact]
    public async Task Patient_view_with_prefetch_warns_ferritin_below_the_rls_threshold_with_the_guideline_link()
    {
        var response = await CdsFixtures.Call(CdsServiceCatalog.PatientViewId, CdsFixtures.Request("patient-view.json"));
        AssertWellFormed(response);
        var therapy = response.Cards.Single(c => c.Summary.StartsWith("Ferritin", StringComparison.Ordinal));
        Assert.Equal("Ferritin 42 ng/mL: at or below the 75 ng/mL RLS iron threshold (AASM 2024)", therapy.Summary);
        Assert.Equal("warning", therapy.Indicator);
        Assert.Equal("AASM 2024", therapy.Source.Label);
        Assert.Equal(new Uri("https://doi.org/10.5664/jcsm.11390"), therapy.Source.Url);
        Assert.Contains(response.Cards, c => c.Summary.StartsWith("Hemoglobin 112 g/L: below the WHO anemia threshold of 120 g/L", StringComparison.Ordinal));
        Assert.Contains(response.Cards, c => c.Summary.StartsWith("RLS diagnostic criteria (IRLSSG): met; IRLS 24/40", StringComparison.Ordinal));
        Assert.Contains(response.Cards, c => c.Summary.Contains("sertraline", StringComparison.Ordinal) && c.Detail!.Contains("Bupropion", StringComparison.Ordinal));
        Assert.Contains(response.Cards, c => c.Summary.Contains("diphenhydramine", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Patient_view_without_prefetch_fetches_from_the_fhir_server_with_the_bearer_token_and_gives_the_same_cards()
    {
        var withPrefetch = await CdsFixtures.Call(CdsServiceCatalog.PatientViewId, CdsFixtures.Request("patient-view.json"));
        var resources = Samples.BundleResources();
        using var server = new LoopbackFhirServer(resources, "some-opaque-fhir-access-token");
        var node = CdsFixtures.Node("patient-view-no-prefetch.json");
        node["fhirServer"] = server.BaseUrl.ToString();
        using var http = new HttpClient();
        var response = await CdsFixtures.Call(CdsServiceCatalog.PatientViewId, CdsFixtures.Parse(node), http);
        Assert.Equal(withPrefetch.Cards.Select(c => c.Summary), response.Cards.Select(c => c.Summary));
        Assert.Contains(server.Requests, r => r == "/fhir/Patient/rls-iron-1");
        Assert.Contains(server.Requests, r => r.StartsWith("/fhir/Observation?", StringComparison.Ordinal) && r.Contains("_page=1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_prefetch_a_rejected_token_is_reported_as_data_unavailable()
    {
        using var server = new LoopbackFhirServer(Samples.BundleResources(), "the-right-token");
        var node = CdsFixtures.Node("patient-view-no-prefetch.json");
        node["fhirServer"] = server.BaseUrl.ToString();
        using var http = new HttpClient();
        var ex = await Assert.ThrowsAsync<InputErrorException>(() => CdsFixtures.Call(CdsServiceCatalog.PatientViewId, CdsFixtures.Parse(node), http));
        Assert.Equal(CdsHookService.DataUnavailableCode, ex.Error.Code);
        Assert.Contains("401", ex.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_prefetch_or_fhir_server_the_request_is_data_unavailable()
    {
        var node = CdsFixtures.Node("patient-view-no-prefetch.json");
        node.Remove("fhirServer");
        var ex = await Assert.ThrowsAsync<InputErrorException>(() => CdsFixtures.Call(CdsServiceCatalog.PatientViewId, CdsFixtures.Parse(node)));
        Assert.Equal(CdsHookService.DataUnavailableCode, ex.Error.Code);
    }

    [Fact]
    public async Task Order_select_of_pramipexole_for_rls_gives_an_augmentation_card_and_ignores_unselected_orders()
    {
        var response = await CdsFixtures.Call(CdsServiceCatalog.OrderSelectId, CdsFixtures.Request("order-select-pramipexole.json"));
        AssertWellFormed(response);
        var card = Assert.Single(response.Cards);
        Assert.Equal("warning", card.Indicator);
        Assert.Contains("augmentation", card.Summary, StringComparison.Ordinal);
        Assert.Contains("gabapentin", card.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_sign_of_metoclopramide_for_a_patient_with_rls_warns_with_an_alternative()
    {
        var response = await CdsFixtures.Call(CdsServiceCatalog.OrderSignId, CdsFixtures.Request("order-sign-metoclopramide.json"));
        AssertWellFormed(response);
        var card = Assert.Single(response.Cards);
        Assert.Equal("warning", card.Indicator);
        Assert.StartsWith("metoclopramide (antiemetic (dopamine antagonist)) can worsen this patient's RLS", card.Summary, StringComparison.Ordinal);
        Assert.Contains("Ondansetron", card.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_sign_of_metoclopramide_without_rls_gives_no_card()
    {
        var node = CdsFixtures.Node("order-sign-metoclopramide.json");
        node["prefetch"]!["questionnaireResponses"] = JsonNode.Parse("""{"resourceType":"Bundle","type":"searchset","total":0}""");
        var response = await CdsFixtures.Call(CdsServiceCatalog.OrderSignId, CdsFixtures.Parse(node));
        Assert.Empty(response.Cards);
    }

    [Fact]
    public async Task Order_select_of_oral_iron_gives_a_dosing_card()
    {
        var response = await CdsFixtures.Call(CdsServiceCatalog.OrderSelectId, CdsFixtures.Request("order-select-ferrous-sulfate.json"));
        AssertWellFormed(response);
        var card = Assert.Single(response.Cards);
        Assert.Equal("info", card.Indicator);
        Assert.Contains("alternate days", card.Summary, StringComparison.Ordinal);
        Assert.Contains("vitamin C", card.Detail, StringComparison.Ordinal);
        Assert.Contains("tea", card.Detail, StringComparison.Ordinal);
        Assert.Contains("Latest ferritin: 42 ng/mL", card.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order-select-pramipexole.json", CdsServiceCatalog.PatientViewId, "cds.hook-mismatch")]
    [InlineData("patient-view.json", "no-such-service", CdsHookService.UnknownServiceCode)]
    public async Task Wrong_hook_or_service_is_a_coded_input_error(string fixture, string service, string code)
    {
        var ex = await Assert.ThrowsAsync<InputErrorException>(() => CdsFixtures.Call(service, CdsFixtures.Request(fixture)));
        Assert.Equal(code, ex.Error.Code);
    }

    [Theory]
    [InlineData("::not a uri::")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://ehr.example.org/fhir")]
    [InlineData("fhir/relative")]
    public async Task A_fhir_server_that_is_not_an_absolute_http_url_is_bad_input(string server)
    {
        var node = CdsFixtures.Node("patient-view.json");
        node["fhirServer"] = server;
        ((JsonObject)node["prefetch"]!).Remove("patient");
        var ex = await Assert.ThrowsAsync<InputErrorException>(() => CdsFixtures.Call(CdsServiceCatalog.PatientViewId, CdsFixtures.Parse(node)));
        Assert.Equal(PrefetchResolver.InvalidServerCode, ex.Error.Code);
        Assert.Equal("fhirServer", ex.Error.Field);
        Assert.Equal(server, ex.Error.Value);
    }

    [Theory]
    [InlineData("Short summary", "Short summary")]
    [InlineData("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", null)]
    public void Summaries_are_capped_at_140_characters(string summary, string? expected)
    {
        var capped = CardFactory.Cap(summary);
        Assert.True(capped.Length <= 140);
        if (expected is not null) Assert.Equal(expected, capped);
        else Assert.EndsWith("…", capped, StringComparison.Ordinal);
    }
}
