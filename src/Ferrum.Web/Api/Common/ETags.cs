using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Storage.Patients;

namespace Ferrum.Web.Api.Common;

/// <summary>
/// Strong ETags carrying a record's version. Updates need <c>If-Match</c>: missing is 428, a value that is
/// not one of our ETags is 412, a stale one (someone else wrote first) is 409 with the current ETag.
/// </summary>
internal static class ETags
{
    public static string Of(long version) => PatientRepository.ETag(version);

    /// <summary>The version in <c>If-Match</c>, or a problem result to return instead.</summary>
    public static (long? Version, IResult? Problem) ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
            return (null, Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: "Send the ETag of the record you read in If-Match, so a concurrent change is never overwritten."));
        var text = header.Trim();
        if (text.Length > 2 && text[0] == '"' && text[^1] == '"'
            && long.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            return (v, null);
        return (null, Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "If-Match does not match",
            detail: "If-Match must be the quoted ETag returned by a GET of this record, e.g. \"3\"."));
    }

    public static IResult Conflict(long current) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The record was changed by someone else",
        detail: "Read the record again (its ETag is now " + Of(current) + "), merge your change and retry.",
        extensions: new Dictionary<string, object?> { ["currentETag"] = Of(current) });

    public static bool IfNoneMatchHits(HttpRequest request, long version) =>
        request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == Of(version));

    public static InputError Field(string code, string field, string message, string? value, string accepted) =>
        new(code, message) { Field = field, Location = "$." + field, Value = value, Accepted = accepted };
}
