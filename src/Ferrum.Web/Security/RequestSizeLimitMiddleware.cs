using Microsoft.AspNetCore.Http.Features;

namespace Ferrum.Web.Security;

/// <summary>Answers 413 for bodies over the limit, on every server (Kestrel enforces the same limit while reading).</summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, long maxBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Results.Problem(statusCode: 413, title: "Request body too large",
                detail: $"The body has {context.Request.ContentLength} bytes; at most {maxBytes} are accepted.").ExecuteAsync(context);
            return;
        }
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = maxBytes;
        await next(context);
    }
}
