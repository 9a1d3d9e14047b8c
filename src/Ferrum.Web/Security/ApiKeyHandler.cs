using System.Security.Claims;
using System.Text.Encodings.Web;
using Ferrum.Storage.Identity;
using Ferrum.Storage.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ferrum.Web.Security;

/// <summary>Authenticates <c>X-Api-Key</c> (or <c>Authorization: ApiKey …</c>) as the key's user with that user's roles.</summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyStore keys, UserManager<FerrumUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(FerrumSchemes.ApiKeyHeader, out var v) && !string.IsNullOrEmpty(v)) return v.ToString();
        var auth = request.Headers.Authorization.ToString();
        const string prefix = "ApiKey ";
        return auth.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? auth[prefix.Length..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null) return AuthenticateResult.NoResult();
        var userId = await keys.FindUserAsync(key, Context.RequestAborted);
        if (userId is null) return AuthenticateResult.Fail("invalid API key");
        var user = await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user)) return AuthenticateResult.Fail("invalid API key");
        var claims = new List<Claim> { new(ClaimTypes.Name, user.UserName ?? userId), new(ClaimTypes.NameIdentifier, userId) };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => ChallengeResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ChallengeResponses.WriteAsync(Context, StatusCodes.Status403Forbidden);
}
