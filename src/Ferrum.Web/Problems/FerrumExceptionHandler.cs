using System.Text.Json;
using Ferrum.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Ferrum.Web.Problems;

/// <summary>
/// The one exception-to-problem-details mapping of the web app: bad input (ours or unreadable JSON) is 400 naming
/// the field, an oversized body 413; anything else 500 without internals. Logs carry no request data.
/// </summary>
internal sealed partial class FerrumExceptionHandler(ILogger<FerrumExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            InputErrorException input => InputProblems.From(input.Errors),
            BadHttpRequestException { InnerException: JsonException json } => InputProblems.From(FromJson(json)),
            JsonException json => InputProblems.From(FromJson(json)),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Results.Problem(statusCode: 413, title: "Request body too large"),
            BadHttpRequestException bad => InputProblems.From(new InputError("request.invalid", bad.Message)),
            _ => null,
        };
        if (result is null)
        {
            LogUnhandled(logger, exception.GetType().Name, exception.StackTrace);
            result = Results.Problem(statusCode: 500, title: "Internal error", detail: "The error was logged; no data was changed by this request unless it said so.");
        }
        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>An <see cref="InputError"/> from a JSON reader failure: the path names the field.</summary>
    internal static InputError FromJson(JsonException json)
    {
        var path = json.Path ?? "$";
        var field = path.Split('.', '[')[^1].TrimEnd(']');
        return new InputError("json.invalid", "the JSON value could not be read")
        {
            Location = path,
            Field = field.Length == 0 || field == "$" ? null : field,
            Accepted = "JSON matching the documented contract (see /openapi/v1.json)",
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} while serving a request (message withheld: it may hold patient data) at {StackTrace}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string? stackTrace);
}
