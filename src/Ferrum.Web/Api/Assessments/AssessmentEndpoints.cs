using System.Text.Json;
using Ferrum.Storage.Assessments;
using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Ferrum.Web.Api.Common;
using Ferrum.Web.Api.Patients;
using Ferrum.Web.Assessments;
using Ferrum.Web.Problems;
using Ferrum.Web.Security;

namespace Ferrum.Web.Api.Assessments;

/// <summary>A stored assessment with its contract input and output.</summary>
internal sealed record StoredAssessmentDto(Guid Id, Guid? PatientId, DateTime CreatedAt, string CreatedBy, string RuleSet, JsonElement Input, JsonElement Result);

/// <summary><c>POST /api/assessments</c> (the CLI's <c>ferrum assess</c> over HTTP, same JSON in and out) and stored assessments.</summary>
internal static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/assessments").WithTags("Assessments");
        g.MapPost("/", Assess)
            .WithSummary("Assess one patient: DESIGN.md input JSON in, output JSON out. With ?patientId= the input, result and labs are saved to that patient (201).")
            .Accepts<JsonElement>("application/json").Produces<JsonElement>(StatusCodes.Status200OK).ProducesValidationProblem();
        g.MapGet("/{id:guid}", Get).WithName("GetAssessment").RequireAuthorization(FerrumSchemes.PatientsPolicy).WithSummary("A stored assessment");
        api.MapGet("/patients/{id:guid}/assessments", ListForPatient).WithTags("Assessments").RequireAuthorization(FerrumSchemes.PatientsPolicy)
            .WithSummary("A patient's assessments, newest first (paged)");
        return api;
    }

    private static async Task<IResult> Assess(Guid? patientId, HttpRequest request, AssessmentRepository repo, TimeProvider clock, CancellationToken ct)
    {
        if (patientId is not null && !request.HttpContext.User.IsInRole(FerrumRoles.Clinician)) return TypedResults.Forbid();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var today = ApiContext.Today(clock);
        var run = AssessmentRunner.Run(body, today);
        if (!run.Succeeded) return InputProblems.From(run.Errors);
        if (patientId is not { } pid) return Results.Text(run.ResultJson!, "application/json");
        var saved = await repo.SaveAsync(AssessmentRunner.ToDraft(pid, AssessmentRunner.Utf8(body), run, today), await request.HttpContext.PatientAccessAsync(), ct);
        if (saved is null) return PatientEndpoints.NotFound();
        request.HttpContext.Response.Headers.Location = "/api/assessments/" + saved.Id;
        return Results.Text(run.ResultJson!, "application/json", statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Get(Guid id, AssessmentRepository repo, HttpContext http, CancellationToken ct)
    {
        var a = await repo.GetAsync(id, await http.PatientAccessAsync(), ct);
        if (a is null) return Results.Problem(statusCode: 404, title: "No such assessment");
        using var input = JsonDocument.Parse(a.InputJson);
        using var result = JsonDocument.Parse(a.ResultJson);
        return TypedResults.Ok(new StoredAssessmentDto(a.Id, a.PatientId, a.CreatedAt, a.CreatedBy, a.RuleSet, input.RootElement.Clone(), result.RootElement.Clone()));
    }

    private static async Task<IResult> ListForPatient(Guid id, int? page, int? pageSize, AssessmentRepository repo, HttpContext http, CancellationToken ct)
    {
        var result = await repo.ListForPatientAsync(id, PageRequest.Of(page, pageSize), await http.PatientAccessAsync(), ct);
        return result is null ? PatientEndpoints.NotFound()
            : TypedResults.Ok(PageDto<AssessmentListItem>.From(result, a => a with { CreatedAt = DateTime.SpecifyKind(a.CreatedAt, DateTimeKind.Utc) }));
    }
}
