using System.Net;
using System.Text;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Api;

/// <summary><c>/api/diet</c> answers exactly what <c>ferrum diet analyze|plan --format json</c> prints, and names the JSON path of bad input.</summary>
[Collection(WebCollection.Name)]
public sealed class DietApiTests(PostgresFixture pg)
{
    private static string Sample(string name) => Path.Combine(FerrumCli.RepoRoot, "samples", "meals", name);

    public static TheoryData<string, string> SampleMeals => new()
    {
        { "omnivore-day.json", "" },
        { "vegetarian-day.json", "--sex female --age 34 --pattern vegetarian --ferritin 12" },
        { "omnivore-day.json", "--sex male --age 52 --target 1.5" },
    };

    [Theory]
    [MemberData(nameof(SampleMeals))]
    public async Task Analyze_answers_the_bytes_the_cli_prints_for_the_sample_meals(string file, string options)
    {
        var args = options.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cli = FerrumCli.Run(["diet", "analyze", Sample(file), "--format", "json", .. args]);
        Assert.True(cli.ExitCode == 0, cli.Stderr);

        await using var app = await TestApp.StartAsync("sqlite", pg);
        var query = string.Join('&', args.Chunk(2).Select(p => p[0][2..] + "=" + Uri.EscapeDataString(p[1])));
        var response = await app.Client.PostAsync("/api/diet/analyze?" + query, Json.Body(await File.ReadAllTextAsync(Sample(file))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(cli.Stdout.TrimEnd('\n'), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Plan_answers_the_bytes_the_cli_prints_for_the_same_request()
    {
        var cli = FerrumCli.Run("diet", "plan", "--sex", "female", "--age", "34", "--pattern", "vegetarian", "--ferritin", "12",
            "--kcal", "1800", "--exclude", "tofu, liver", "--format", "json");
        Assert.True(cli.ExitCode == 0, cli.Stderr);

        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync("/api/diet/plan", Json.Body("""
            {"sex": "female", "age": 34, "pattern": "vegetarian", "ferritin": 12, "kcal": 1800, "exclude": ["tofu", "liver"]}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(cli.Stdout.TrimEnd('\n'), body);
        Assert.True(Json.Element(body).GetProperty("feasible").GetBoolean());
    }

    [Fact]
    public async Task An_infeasible_plan_is_answered_with_its_explanation_like_the_cli()
    {
        var cli = FerrumCli.Run("diet", "plan", "--sex", "female", "--age", "30", "--pattern", "vegan", "--pregnant", "--kcal", "1200", "--ferritin", "60", "--format", "json");
        Assert.Equal(2, cli.ExitCode);

        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync("/api/diet/plan", Json.Body("""{"sex": "female", "age": 30, "pattern": "vegan", "pregnant": true, "kcal": 1200, "ferritin": 60}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(cli.Stdout.TrimEnd('\n'), body);
        Assert.False(Json.Element(body).GetProperty("feasible").GetBoolean());
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "/api/diet/analyze", """{"meals":[{"name":"lunch","items":[{"food":"lentils-cooked","grams":100},{"food":"moon-cheese","grams":50}]}]}""", "$.meals[0].items[1].food", "meals.food-unknown" },
        { "/api/diet/analyze", """{"meals":[{"name":"lunch","items":[{"food":"lentils-cooked","grams":"lots"}]}]}""", "$.meals[0].items[0].grams", "meals.grams-invalid" },
        { "/api/diet/analyze?sex=female&age=300", """{"meals":[{"items":[{"food":"lentils-cooked","grams":100}]}]}""", "?age", "age.out-of-range" },
        { "/api/diet/analyze?pattern=carnivore", """{"meals":[{"items":[{"food":"lentils-cooked","grams":100}]}]}""", "?pattern", "pattern.unknown" },
        { "/api/diet/plan", """{"sex": "female", "age": 200}""", "$.age", "age.out-of-range" },
        { "/api/diet/plan", """{"sex": "female", "age": 30, "kcal": 9000}""", "$.kcal", "plan.out-of-range" },
        { "/api/diet/plan", """{"sex": "female", "age": 30, "maxFoods": 40}""", "$.maxFoods", "plan.out-of-range" },
        { "/api/diet/plan", """{"sex": "male", "age": 30, "pregnant": true}""", "$.pregnant", "pregnancy.sex" },
        { "/api/diet/plan", """{"age": 30}""", "$.sex", "person.missing" },
        { "/api/diet/plan", """{"sex": "female", "age": "thirty"}""", "$.age", "json.invalid" },
        { "/api/diet/plan", """{"sex": "female", "age": 30, "kcals": 1800}""", "$.kcals", "json.invalid" },
        { "/api/diet/plan", """{"sex": "female", "age": 30, "usual": {"meals": [{"items": [{"food": "moon-cheese", "grams": 10}]}]}}""", "$.usual.meals[0].items[0].food", "meals.food-unknown" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_a_problem_naming_the_json_path(string url, string body, string location, string code)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = (await Json.ReadAsync(response))["errors"]![0]!;
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.Equal(location, error["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_openapi_document_describes_both_diet_operations()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var doc = Json.Element(await app.Client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        var analyze = paths.GetProperty("/api/diet/analyze").GetProperty("post");
        Assert.True(analyze.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.Contains(analyze.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "ferritin");
        var plan = paths.GetProperty("/api/diet/plan").GetProperty("post");
        Assert.Contains("feasible", plan.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(plan.GetProperty("responses").TryGetProperty("400", out _));
    }
}
