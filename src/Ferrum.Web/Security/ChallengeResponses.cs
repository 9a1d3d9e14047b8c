namespace Ferrum.Web.Security;

/// <summary>
/// How machine routes (<c>/api</c>, <c>/cds-services</c>) answer a missing or wrong credential: 401 with
/// <c>WWW-Authenticate</c>, or 403, each as problem+json, never a redirect to the sign-in page (only browser pages redirect).
/// </summary>
internal static class ChallengeResponses
{
    /// <summary>The challenge sent with every 401: an API key in the <c>X-Api-Key</c> header (or <c>Authorization: ApiKey …</c>).</summary>
    public const string WwwAuthenticate = "ApiKey realm=\"ferrum\", header=\"" + FerrumSchemes.ApiKeyHeader + "\"";

    public static bool IsMachineRoute(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/cds-services");

    /// <summary>Writes the 401 or 403 problem response.</summary>
    public static async Task WriteAsync(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = WwwAuthenticate;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? "Authentication required" : "Forbidden",
                Detail = status == StatusCodes.Status401Unauthorized
                    ? "Send a valid API key in the X-Api-Key header (an admin issues keys), or sign in."
                    : "Your account lacks the role this resource needs.",
            },
        });
    }
}
