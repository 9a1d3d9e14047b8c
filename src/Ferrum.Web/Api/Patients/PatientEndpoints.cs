using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Paging;
using Ferrum.Storage.Patients;
using Ferrum.Web.Api.Common;
using Ferrum.Web.Problems;
using Ferrum.Web.Security;
using Ferrum.Web.Validation;

namespace Ferrum.Web.Api.Patients;

/// <summary>
/// <c>/api/patients</c>: list and search, create, read (ETag), replace (If-Match), delete (If-Match). Each call sees only
/// the patients of the caller's care units; another unit's record answers 404 exactly like a missing one.
/// </summary>
internal static class PatientEndpoints
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/patients").WithTags("Patients").RequireAuthorization(FerrumSchemes.PatientsPolicy);
        g.MapGet("/", List).WithSummary("List and search patients (paged, by name)");
        g.MapPost("/", Create).WithSummary("Create a patient").ProducesValidationProblem();
        g.MapGet("/{id:guid}", Get).WithName("GetPatient").WithSummary("Read a patient's record; the ETag header carries its version");
        g.MapPut("/{id:guid}", Update).WithSummary("Replace a patient's record; needs If-Match with the ETag read")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        g.MapDelete("/{id:guid}", Delete).WithSummary("Delete a patient with labs and assessments; needs If-Match")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> List(string? search, int? page, int? pageSize, PatientRepository repo, HttpContext http, CancellationToken ct)
    {
        var result = await repo.ListAsync(search, PageRequest.Of(page, pageSize), await http.PatientAccessAsync(), ct);
        return TypedResults.Ok(PageDto<PatientListDto>.From(result, PatientListDto.From));
    }

    private static async Task<IResult> Create(PatientInput input, PatientRepository repo, CareUnitStore units, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = input.Validate(ApiContext.Today(clock));
        if (errors.Count > 0) return InputProblems.From(errors);
        var access = await http.PatientAccessAsync();
        var (unit, error) = await CareUnitChoice.ForNewPatientAsync(input.CareUnitId, access, units, ct);
        if (error is not null) return InputProblems.From(error);
        var p = await repo.CreateAsync(input.ToDraft(), unit!.Value, access, ct);
        http.Response.Headers.ETag = ETags.Of(p.Version);
        return TypedResults.CreatedAtRoute(PatientDto.From(p), "GetPatient", new { id = p.Id });
    }

    private static async Task<IResult> Get(Guid id, PatientRepository repo, HttpContext http, CancellationToken ct)
    {
        var p = await repo.GetAsync(id, await http.PatientAccessAsync(), ct);
        if (p is null) return NotFound();
        http.Response.Headers.ETag = ETags.Of(p.Version);
        if (ETags.IfNoneMatchHits(http.Request, p.Version)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(PatientDto.From(p));
    }

    private static async Task<IResult> Update(Guid id, PatientInput input, PatientRepository repo, CareUnitStore units, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var (version, problem) = ETags.ReadIfMatch(http.Request);
        if (problem is not null) return problem;
        var errors = input.Validate(ApiContext.Today(clock));
        if (errors.Count > 0) return InputProblems.From(errors);
        var access = await http.PatientAccessAsync();
        if (await CareUnitChoice.ForMoveAsync(input.CareUnitId, access, units, ct) is { } moveError) return InputProblems.From(moveError);
        var outcome = await repo.UpdateAsync(id, version!.Value, input.ToDraft(), input.CareUnitId, access, ct);
        switch (outcome.Status)
        {
            case UpdateStatus.NotFound: return NotFound();
            case UpdateStatus.Conflict: return ETags.Conflict(outcome.CurrentVersion!.Value);
            default:
                http.Response.Headers.ETag = ETags.Of(outcome.Patient!.Version);
                return TypedResults.Ok(PatientDto.From(outcome.Patient));
        }
    }

    private static async Task<IResult> Delete(Guid id, PatientRepository repo, HttpContext http, CancellationToken ct)
    {
        var (version, problem) = ETags.ReadIfMatch(http.Request);
        if (problem is not null) return problem;
        var outcome = await repo.DeleteAsync(id, version!.Value, await http.PatientAccessAsync(), ct);
        return outcome.Status switch
        {
            UpdateStatus.NotFound => NotFound(),
            UpdateStatus.Conflict => ETags.Conflict(outcome.CurrentVersion!.Value),
            _ => TypedResults.NoContent(),
        };
    }

    internal static IResult NotFound() => Results.Problem(statusCode: 404, title: "No such patient");
}
