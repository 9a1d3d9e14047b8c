using System.Text.Json;
using System.Text.Json.Nodes;
using Ferrum.Fhir.CdsHooks;
using Ferrum.Fhir.Tests.Support;

namespace Ferrum.Fhir.Tests.CdsHooks;

/// <summary>Loads the recorded CDS Hooks request bodies in tests/fixtures/cds-hooks/.</summary>
internal static class CdsFixtures
{
    public static JsonObject Node(string name) =>
        (JsonObject)JsonNode.Parse(Samples.Text("tests/fixtures/cds-hooks/" + name))!;

    public static CdsRequest Request(string name) => Parse(Node(name));

    public static CdsRequest Parse(JsonObject node) => JsonSerializer.Deserialize<CdsRequest>(node.ToJsonString())!;

    public static Task<CdsResponse> Call(string serviceId, CdsRequest request, HttpClient? http = null) =>
        CdsHookService.HandleAsync(serviceId, request, http ?? NoNetwork, Samples.AsOf,
            a => new Uri("http://127.0.0.1:5180/cds-services/assessments/" + a.PatientId), CancellationToken.None);

    /// <summary>A client that fails any request, proving a call with full prefetch never reaches the network.</summary>
    public static readonly HttpClient NoNetwork = new(new RefusingHandler());

    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("unexpected network call to " + request.RequestUri);
    }
}
