using Ferrum.Core.Errors;
using Ferrum.Storage.CareUnits;
using Ferrum.Web.Problems;

namespace Ferrum.Web.Api.Admin;

/// <summary>A new care unit.</summary>
internal sealed record NewCareUnitRequest(string? Name);

/// <summary>
/// <c>/api/admin/care-units</c>: care units and their members (admin only). A user sees and changes the patients of the
/// units they are a member of; admins see every unit.
/// </summary>
internal static class CareUnitEndpoints
{
    public static RouteGroupBuilder MapCareUnits(this RouteGroupBuilder admin)
    {
        var g = admin.MapGroup("/care-units");
        g.MapGet("/", List).WithSummary("List care units with their members' user ids");
        g.MapPost("/", Create).WithSummary("Create a care unit").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        g.MapPut("/{unitId:guid}/members/{userId}", AddMember).WithSummary("Make a user a member of a care unit (idempotent)");
        g.MapDelete("/{unitId:guid}/members/{userId}", RemoveMember).WithSummary("End a user's membership of a care unit");
        return admin;
    }

    private static async Task<IResult> List(CareUnitStore units, CancellationToken ct) => TypedResults.Ok(await units.ListAsync(ct));

    private static async Task<IResult> Create(NewCareUnitRequest body, CareUnitStore units, CancellationToken ct)
    {
        var name = body.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
            return InputProblems.From(new InputError("care-unit.name", "a care unit needs a name of 1 to 200 characters")
                { Field = "name", Location = "$.name", Value = body.Name, Accepted = "1 to 200 characters" });
        var unit = await units.CreateAsync(name, ct);
        return unit is null
            ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "A care unit of that name exists")
            : TypedResults.Created($"/api/admin/care-units/{unit.Id}", unit);
    }

    private static async Task<IResult> AddMember(Guid unitId, string userId, CareUnitStore units, CancellationToken ct) =>
        await units.AddMemberAsync(unitId, userId, ct) ? TypedResults.NoContent() : Results.Problem(statusCode: 404, title: "No such care unit or user");

    private static async Task<IResult> RemoveMember(Guid unitId, string userId, CareUnitStore units, CancellationToken ct) =>
        await units.RemoveMemberAsync(unitId, userId, ct) ? TypedResults.NoContent() : Results.Problem(statusCode: 404, title: "No such membership");
}
