using System.Security.Claims;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Model;

namespace Ferrum.Web.Security;

/// <summary>
/// Turns a signed-in user (cookie, API key, or the loopback-only local user) into the <see cref="PatientAccess"/> the
/// repositories enforce: users without the clinician role see no patient; clinicians who are admins see every care
/// unit; other clinicians the units they are a member of, read from the
/// database on each request, so a removed membership takes effect at once. An API key carries its owner's units.
/// </summary>
internal static class Entitlements
{
    public static async Task<PatientAccess> ForAsync(ClaimsPrincipal user, CareUnitStore units, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(units);
        var actor = Actor.Of(user);
        // Patient records are the clinician role's: without it no unit is visible, whatever the memberships (this
        // also guards UI paths that do not name a role, such as /patients/{id}/assess).
        if (!user.IsInRole(FerrumRoles.Clinician)) return PatientAccess.Members(actor, []);
        if (user.IsInRole(FerrumRoles.Admin)) return PatientAccess.Everything(actor);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return PatientAccess.Members(actor, userId is null ? [] : await units.UnitsOfAsync(userId, ct));
    }

    /// <summary>The access of the request's user.</summary>
    public static Task<PatientAccess> PatientAccessAsync(this HttpContext http) =>
        ForAsync(http.User, http.RequestServices.GetRequiredService<CareUnitStore>(), http.RequestAborted);
}
