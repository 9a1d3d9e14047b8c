using Ferrum.Core.Errors;
using Ferrum.Storage.Labs;
using Ferrum.Storage.Paging;
using Ferrum.Web.Api.Common;
using Ferrum.Web.Api.Patients;
using Ferrum.Web.Problems;
using Ferrum.Web.Security;
using Ferrum.Web.Validation;

namespace Ferrum.Web.Api.Labs;

/// <summary><c>/api/patients/{id}/labs</c>: a patient's lab history (paged, newest first) and adding results (all or none).</summary>
internal static class LabEndpoints
{
    public static IEndpointRouteBuilder MapLabsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/patients/{id:guid}/labs").WithTags("Labs").RequireAuthorization(FerrumSchemes.PatientsPolicy);
        g.MapGet("/", List).WithSummary("A patient's labs, newest first (paged; optional loinc filter)");
        g.MapPost("/", Add).WithSummary("Add lab results to a patient in one transaction (all or none)").ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> List(Guid id, string? loinc, int? page, int? pageSize, LabRepository repo, HttpContext http, CancellationToken ct)
    {
        var result = await repo.ListAsync(id, loinc, PageRequest.Of(page, pageSize), await http.PatientAccessAsync(), ct);
        return result is null ? PatientEndpoints.NotFound() : TypedResults.Ok(PageDto<LabView>.From(result, l => l));
    }

    private static async Task<IResult> Add(Guid id, List<LabInput> labs, LabRepository repo, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var today = ApiContext.Today(clock);
        if (labs.Count is 0 or > 200)
            return InputProblems.From(new InputError("labs.count", "send 1 to 200 lab results") { Location = "$", Accepted = "a JSON array of 1 to 200 results" });
        var errors = labs.SelectMany((l, i) => l.Validate(today, $"$[{i}]")).ToList();
        if (errors.Count > 0) return InputProblems.From(errors);
        var saved = await repo.AddAsync(id, [.. labs.Select(l => l.ToDraft())], await http.PatientAccessAsync(), ct);
        return saved is null ? PatientEndpoints.NotFound() : TypedResults.Created($"/api/patients/{id}/labs", saved);
    }
}
