using System.Security.Claims;

namespace Ferrum.Web.Security;

/// <summary>The name the audit log records for a request's user.</summary>
internal static class Actor
{
    public static string Of(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
