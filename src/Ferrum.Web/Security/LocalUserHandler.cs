using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Ferrum.Storage.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ferrum.Web.Security;

/// <summary>
/// Authenticates loopback requests as the single local user (all roles) when accounts are off. Requests that
/// do not come from loopback stay anonymous, so even a misconfigured binding exposes nothing.
/// </summary>
internal sealed class LocalUserHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string UserName = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var remote = Context.Connection.RemoteIpAddress;
        if (remote is not null && !IPAddress.IsLoopback(remote)) return Task.FromResult(AuthenticateResult.NoResult());
        var claims = new List<Claim> { new(ClaimTypes.Name, UserName), new(ClaimTypes.NameIdentifier, UserName) };
        claims.AddRange(FerrumRoles.All.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    /// <summary>There is no sign-in page in this mode: a refused request gets the problem response on every path.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => ChallengeResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ChallengeResponses.WriteAsync(Context, StatusCodes.Status403Forbidden);
}
