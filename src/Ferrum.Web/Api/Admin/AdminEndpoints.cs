using Ferrum.Core.Errors;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Identity;
using Ferrum.Storage.Model;
using Ferrum.Web.Problems;
using Ferrum.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Ferrum.Web.Api.Admin;

/// <summary>A new account: e-mail, password (hashed by Identity), roles and care units (default: the default unit).</summary>
internal sealed record NewUserRequest(string? Email, string? Password, List<string>? Roles, List<Guid>? CareUnitIds = null);

/// <summary>An account as listed, with the care units whose patients it may see.</summary>
internal sealed record UserDto(string Id, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<Guid> CareUnitIds);

/// <summary>A freshly issued API key: the plain key is shown this once only.</summary>
internal sealed record NewApiKeyDto(Guid Id, string Name, string Key);

/// <summary><c>/api/admin</c>: accounts and their API keys (admin only).</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(FerrumSchemes.AdminPolicy);
        g.MapGet("/users", ListUsers).WithSummary("List accounts with their roles");
        g.MapPost("/users", CreateUser).WithSummary("Create an account (password is stored hashed)").ProducesValidationProblem();
        g.MapPost("/users/{userId}/api-keys", CreateKey).WithSummary("Issue an API key for an account; the key is returned once");
        g.MapDelete("/users/{userId}/api-keys/{keyId:guid}", RevokeKey).WithSummary("Revoke an API key");
        g.MapCareUnits();
        return api;
    }

    private static async Task<IResult> ListUsers(UserManager<FerrumUser> users, CareUnitStore units, CancellationToken ct)
    {
        var list = new List<UserDto>();
        foreach (var u in users.Users.OrderBy(u => u.Email).Take(500).ToList())
            list.Add(new UserDto(u.Id, u.Email, [.. await users.GetRolesAsync(u)], await units.UnitsOfAsync(u.Id, ct)));
        return TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateUser(NewUserRequest body, UserManager<FerrumUser> users, CareUnitStore units, TimeProvider clock, CancellationToken ct)
    {
        List<Guid> unitIds = body.CareUnitIds ?? [DefaultCareUnit.Id];
        foreach (var unit in unitIds)
            if (!await units.ExistsAsync(unit, ct))
                return InputProblems.From(new InputError("user.care-unit", "no such care unit") { Field = "careUnitIds", Location = "$.careUnitIds", Value = unit.ToString(), Accepted = "ids from GET /api/admin/care-units" });
        var roles = body.Roles ?? [];
        var bad = roles.FirstOrDefault(r => !FerrumRoles.All.Contains(r));
        if (bad is not null)
            return InputProblems.From(new InputError("user.role", "unknown role") { Field = "roles", Location = "$.roles", Value = bad, Accepted = string.Join(", ", FerrumRoles.All) });
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
            return InputProblems.From(new InputError("user.required", "email and password are required") { Field = string.IsNullOrWhiteSpace(body.Email) ? "email" : "password", Accepted = "an e-mail address and a password of 12 or more characters" });
        var user = new FerrumUser { UserName = body.Email, Email = body.Email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, body.Password);
        if (!created.Succeeded)
            return InputProblems.From([.. created.Errors.Select(e => new InputError("user." + e.Code, e.Description)
                { Field = e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email" })]);
        if (roles.Count > 0) await users.AddToRolesAsync(user, roles.Distinct());
        foreach (var unit in unitIds.Distinct()) await units.AddMemberAsync(unit, user.Id, ct);
        return TypedResults.Created($"/api/admin/users/{user.Id}", new UserDto(user.Id, user.Email, roles, [.. unitIds.Distinct()]));
    }

    private static async Task<IResult> CreateKey(string userId, string? name, UserManager<FerrumUser> users, ApiKeyStore keys, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is null) return Results.Problem(statusCode: 404, title: "No such user");
        var (key, plain) = await keys.CreateAsync(userId, string.IsNullOrWhiteSpace(name) ? "api" : name.Trim(), ct);
        return TypedResults.Ok(new NewApiKeyDto(key.Id, key.Name, plain));
    }

    private static async Task<IResult> RevokeKey(string userId, Guid keyId, ApiKeyStore keys, CancellationToken ct) =>
        await keys.RevokeAsync(userId, keyId, ct) ? TypedResults.NoContent() : Results.Problem(statusCode: 404, title: "No such active key");
}
