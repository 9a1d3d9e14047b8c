using Ferrum.Core.Errors;

namespace Ferrum.Web.Problems;

/// <summary>Builds <c>application/problem+json</c> answers from <see cref="InputError"/>s, naming field, location, value and accepted range.</summary>
internal static class InputProblems
{
    public const string InputType = "https://ferrum.invalid/problems/input";

    public static IResult From(IReadOnlyList<InputError> errors, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(
            statusCode: status,
            title: "The request has invalid input",
            detail: errors[0].ToString(),
            type: InputType,
            extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(ToJson).ToList() });

    public static IResult From(InputError error) => From([error]);

    private static Dictionary<string, string?> ToJson(InputError e) => new()
    {
        ["code"] = e.Code,
        ["message"] = e.Message,
        ["field"] = e.Field,
        ["location"] = e.Location,
        ["value"] = e.Value,
        ["accepted"] = e.Accepted,
    };
}
