using System.Text.Json;
using Ferrum.Core.Errors;
using Ferrum.Fhir.CdsHooks;
using Ferrum.Web.Security;
using Microsoft.AspNetCore.DataProtection;

namespace Ferrum.Web.CdsHooks;

/// <summary>
/// CDS Hooks 2.0 endpoints: discovery at <c>GET /cds-services</c>, services at <c>POST /cds-services/{id}</c>, and the
/// full assessment behind a card's link at <c>GET /cds-services/assessments/{token}</c>. The logic is in Ferrum.Fhir.
/// </summary>
internal static class CdsHooksEndpoints
{
    // One pooled client for the EHRs' FHIR servers (prefetch fallback); connections are recycled to follow DNS changes.
    private static readonly HttpClient FhirClient = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(20),
    };

    public static IEndpointRouteBuilder MapCdsHooks(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/cds-services").WithTags("CDS Hooks");
        g.MapGet("", () => TypedResults.Json(CdsServiceCatalog.Discovery)).AllowAnonymous()
            .WithSummary("CDS Hooks discovery: Ferrum's services and their prefetch templates");
        g.MapPost("/{id}", Call).RequireAuthorization(FerrumSchemes.PatientsPolicy).DisableAntiforgery()
            .WithSummary("Call a CDS service (patient-view, order-select, order-sign); returns cards");
        g.MapGet("/assessments/{token}", AssessmentPage.Show).RequireAuthorization(FerrumSchemes.PatientsPolicy).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Call(string id, HttpRequest http, TimeProvider clock, IDataProtectionProvider protection, CancellationToken ct)
    {
        CdsRequest? request;
        try { request = await http.ReadFromJsonAsync<CdsRequest>(ct); }
        catch (JsonException ex) { return Problem(400, "cds.invalid-json", "the request body is not a CDS Hooks request: " + ex.Message); }
        if (request is null) return Problem(400, "cds.invalid-json", "the request body is empty");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var baseUrl = $"{http.Scheme}://{http.Host}{http.PathBase}";
        try
        {
            var response = await CdsHookService.HandleAsync(id, request, FhirClient, today,
                a => AssessmentPage.Store(a, protection, clock) is { } token ? new Uri(baseUrl + "/cds-services/assessments/" + token) : null, ct);
            return TypedResults.Json(response);
        }
        catch (InputErrorException ex)
        {
            var status = ex.Error.Code switch
            {
                CdsHookService.UnknownServiceCode => 404,
                CdsHookService.DataUnavailableCode => 412,
                _ => 400,
            };
            return Problem(status, ex.Error.Code, ex.Error.ToString());
        }
    }

    private static IResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: code, extensions: new Dictionary<string, object?> { ["code"] = code });
}
