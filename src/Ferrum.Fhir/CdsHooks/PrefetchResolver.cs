using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Input;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>
/// Gathers the FHIR resources a service needs: from the request's prefetch when present, otherwise by querying
/// the EHR's <c>fhirServer</c> with the request's <c>fhirAuthorization</c> bearer token.
/// </summary>
internal static partial class PrefetchResolver
{
    private const int MaxPages = 5;

    /// <summary>Error code of a <c>fhirServer</c> that is not an absolute http(s) URL.</summary>
    public const string InvalidServerCode = "cds.fhir-server-invalid";

    /// <summary>All resources for the prefetch templates, plus the issues met parsing them.</summary>
    public static async Task<(List<Resource> Resources, List<MappingIssue> Issues)> ResolveAsync(
        CdsRequest request, IReadOnlyDictionary<string, string> templates, HttpClient http, CancellationToken ct)
    {
        // A fhirServer that is not an absolute http(s) URL is bad input (400), not a server error; other schemes are refused.
        if (request.FhirServer is { } server && !(server.IsAbsoluteUri && (server.Scheme == Uri.UriSchemeHttps || server.Scheme == Uri.UriSchemeHttp)))
            throw new InputErrorException(new InputError(InvalidServerCode, "fhirServer must be an absolute http or https URL")
            { Location = "$.fhirServer", Field = "fhirServer", Value = server.OriginalString, Accepted = "an absolute http(s) URL such as https://ehr.example.org/fhir" });
        var resources = new List<Resource>();
        var issues = new List<MappingIssue>();
        foreach (var (key, template) in templates)
        {
            if (request.Prefetch is { } pre && pre.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Object)
            {
                Add(FhirJson.Parse(value.GetRawText(), "prefetch." + key), resources, issues);
                continue;
            }
            if (request.FhirServer is null)
            {
                if (key == "patient")
                    throw Unavailable("prefetch 'patient' is missing and the request has no fhirServer to fetch it from", "prefetch.patient");
                continue;
            }
            await FetchAsync(request, Expand(template, request), http, resources, issues, ct).ConfigureAwait(false);
        }
        return (resources, issues);
    }

    /// <summary>Replaces <c>{{context.name}}</c> tokens with URL-escaped context values.</summary>
    internal static string Expand(string template, CdsRequest request) =>
        Token().Replace(template, m => Uri.EscapeDataString(request.ContextString(m.Groups[1].Value)
            ?? throw Unavailable($"the prefetch template needs context.{m.Groups[1].Value}, which the request lacks", "context." + m.Groups[1].Value)));

    [GeneratedRegex(@"\{\{context\.([A-Za-z]+)\}\}")]
    private static partial Regex Token();

    private static async System.Threading.Tasks.Task FetchAsync(CdsRequest request, string relative, HttpClient http, List<Resource> resources, List<MappingIssue> issues, CancellationToken ct)
    {
        var baseUrl = request.FhirServer!.ToString().TrimEnd('/') + "/";
        var next = new Uri(new Uri(baseUrl), relative);
        for (var page = 0; next is not null && page < MaxPages; page++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, next);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
            if (request.FhirAuthorization?.AccessToken is { } token)
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            HttpResponseMessage sent;
            try { sent = await http.SendAsync(message, ct).ConfigureAwait(false); }
            catch (HttpRequestException ex) { throw Unavailable($"GET {next} on the fhirServer failed: {ex.Message}", "fhirServer"); }
            using var response = sent;
            if (!response.IsSuccessStatusCode)
                throw Unavailable($"GET {next} on the fhirServer answered {(int)response.StatusCode} {response.ReasonPhrase}", "fhirServer");
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var parsed = FhirJson.Parse(text, next.ToString());
            Add(parsed, resources, issues);
            next = parsed.Resource is Bundle b && b.NextLink is { } link ? (link.IsAbsoluteUri ? link : new Uri(new Uri(baseUrl), link)) : null;
        }
    }

    private static void Add((Resource Resource, IReadOnlyList<MappingIssue> Issues) parsed, List<Resource> resources, List<MappingIssue> issues)
    {
        issues.AddRange(parsed.Issues);
        if (parsed.Resource is Bundle bundle) resources.AddRange(bundle.Entry.Select(e => e.Resource).OfType<Resource>().Where(r => r is not OperationOutcome));
        else resources.Add(parsed.Resource);
    }

    /// <summary>The error for data the service cannot get; endpoints answer it with 412 Precondition Failed.</summary>
    internal static InputErrorException Unavailable(string message, string field) =>
        new(new InputError(CdsHookService.DataUnavailableCode, message) { Field = field, Accepted = "prefetch as listed in the discovery document, or fhirServer with fhirAuthorization" });
}
