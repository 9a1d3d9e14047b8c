using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Ferrum.Web.Security;

/// <summary>
/// Answers 413 for bodies over the limit, on every server (Kestrel enforces the same limit while reading). An
/// endpoint may raise its own limit with <c>[RequestSizeLimit]</c> metadata (study uploads).
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, long defaultMaxBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultMaxBytes;
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
