using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Web.Security;

namespace Ferrum.Web.Api.Diet;

/// <summary>
/// <c>GET /api/foods</c>: <c>ferrum foods search TEXT --limit N --format json</c> over HTTP, on the default table plus the foods
/// imported into the app's database (<see cref="FoodTableCache"/>), written by the same <see cref="FoodSearchJson"/>.
/// </summary>
internal static class FoodEndpoints
{
    /// <summary>Most results a search may ask for, as <c>ferrum foods search --limit</c>.</summary>
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapFoodsApi(this IEndpointRouteBuilder api)
    {
        // Food look-up serves the diet endpoints (which food ids a meals JSON may use), so it has their policy.
        api.MapGet("/foods", Search).WithTags("Diet").RequireAuthorization(FerrumSchemes.DietPolicy)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Find foods by words in their name or id (the default table plus foods imported with `ferrum foods import-sr|import-fdc --db`)")
            .WithDescription("The answer is the JSON of `ferrum foods search TEXT --limit N --format json`: an array of "
                + "{id, name, group, ndb?, ironMgPer100g?, vitaminCMgPer100g?, kcalPer100g?, source}, values absent from the source left out. "
                + "q: words that must all appear in the name or id (none: no foods, as the CLI); limit: 1 to 1000, default 20. "
                + "The ids are what the meals JSON of /api/diet/analyze names.");
        return api;
    }

    private static async Task<IResult> Search(string? q, string? limit, FoodTableCache foods, CancellationToken ct)
    {
        var most = 20;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out most) || most is < 1 or > MaxLimit))
            throw new InputErrorException(new InputError("foods.limit", "limit is out of range")
            { Location = "?limit", Field = "limit", Value = limit, Accepted = "a whole number from 1 to 1000" });
        var table = await foods.GetAsync(ct);
        using var ms = new MemoryStream();
        FoodSearchJson.Write(ms, table.Search(q ?? "", most));
        return TypedResults.Bytes(ms.ToArray(), "application/json");
    }
}
