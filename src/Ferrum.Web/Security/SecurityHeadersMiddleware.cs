namespace Ferrum.Web.Security;

/// <summary>Adds security headers to every response and keeps API responses (patient data) out of caches.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>Key of <see cref="HttpContext.Items"/> holding an endpoint's own Content-Security-Policy.</summary>
    public const string CspItem = "ferrum.csp";

    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Cross-Origin-Resource-Policy"] = "same-origin";
            // Replaces Blazor's narrower frame-ancestors-only policy; an endpoint may ask for a stricter one.
            h.ContentSecurityPolicy = context.Items[CspItem] as string ?? Csp;
            if (context.Request.Path.StartsWithSegments("/api")) h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
