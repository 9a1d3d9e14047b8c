using Ferrum.Nutrition.Meals;
using Ferrum.Nutrition.Reports;
using Ferrum.Web.Problems;
using Ferrum.Web.Security;

namespace Ferrum.Web.Api.Diet;

/// <summary>
/// <c>/api/diet</c>: <c>ferrum diet analyze|plan --format json</c> over HTTP, through the same <see cref="DietEngine"/> and
/// <see cref="DietReportWriter"/> and on the same food table (the default table plus the foods imported into the app's
/// database, <see cref="FoodTableCache"/>), so the answer is byte-for-byte the CLI's JSON for that database. Nothing is stored.
/// </summary>
internal static class DietEndpoints
{
    private const string Contract = "The answer is the JSON of `ferrum diet analyze|plan --format json` (docs/nutrition.md, \"Meals and plans\"): "
        + "days → meals → items with iron, heme iron, absorbed iron and kcal; the target; the absorption model with its citations; advice with citations.";

    public static IEndpointRouteBuilder MapDietApi(this IEndpointRouteBuilder api)
    {
        // Diet advice is guidance for a person's care, so it belongs to the clinician role (dietitians get clinician accounts),
        // like patients and assessments; admins manage accounts and researchers study data. Nothing is read or stored.
        var g = api.MapGroup("/diet").WithTags("Diet").RequireAuthorization(FerrumSchemes.DietPolicy);
        g.MapPost("/analyze", Analyze)
            .Accepts<MealsDocument>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Absorbed iron per meal and day, with advice; body = the meals JSON `ferrum diet analyze` reads (samples/meals/)")
            .WithDescription(Contract + " Query sex, age, pattern, pregnant, lactating, ferritin and target as the CLI options; "
                + "a target is computed only when sex or target is given (then sex and age are required).");
        g.MapPost("/plan", Plan)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Plan days that meet the absorbed-iron target (Google OR-Tools, checked with the exact model)")
            .WithDescription(Contract + " A plan that cannot meet every constraint is still 200, with `feasible: false`, "
                + "`bindingConstraint` and `explanation` (the CLI exits 2 with the same JSON).");
        return api;
    }

    private static async Task<IResult> Analyze(string? sex, double? age, string? pattern, bool? pregnant, bool? lactating, double? ferritin, double? target,
        HttpRequest request, FoodTableCache foods, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var person = new DietPerson(sex, age, pattern, pregnant ?? false, lactating ?? false, ferritin, target, "?");
        var table = await foods.GetAsync(ct);
        var dietPattern = person.ParsePattern();
        var model = person.Model();
        var requirement = sex is null && target is null ? null : person.Requirement(dietPattern);
        var days = MealsJson.Parse(json, table);
        return Json(DietEngine.Analyze(days, table, model, dietPattern, requirement));
    }

    private static async Task<IResult> Plan(DietPlanInput? input, FoodTableCache foods, CancellationToken ct)
    {
        if (input is null) return InputProblems.From(new Core.Errors.InputError("plan.body-missing", "send the plan request as JSON") { Location = "$", Accepted = "{\"sex\": \"female\", \"age\": 34, ...}" });
        var table = await foods.GetAsync(ct);
        var report = await Task.Run(() => input.Run(table), ct);
        return Json(report);
    }

    private static IResult Json(DietReport report)
    {
        using var ms = new MemoryStream();
        DietReportWriter.WriteJson(ms, report);
        return TypedResults.Bytes(ms.ToArray(), "application/json");
    }
}
