using System.Net;
using Ferrum.Web.Api.Diet;
using Ferrum.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ferrum.Web.Tests.Api;

/// <summary>
/// Foods imported with <c>ferrum foods import-fdc --db</c> into the app's database are used by <c>/api/diet</c> and found by
/// <c>/api/foods</c>, with the bytes the CLI prints for the same database; the combined table is cached until the foods change.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FoodsApiTests(PostgresFixture pg)
{
    private static readonly string Fdc = Path.Combine(FerrumCli.RepoRoot, "tests", "Ferrum.Nutrition.Tests", "Foods", "Fixtures", "fdc");
    private const string ImportedSpinach = "fdc-168462";
    private const string Meals = """{"meals": [{"name": "lunch", "items": [{"food": "fdc-168462", "grams": 100}]}]}""";

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task An_imported_food_is_found_and_analyzed_with_the_bytes_the_cli_prints(string provider)
    {
        var (db, file) = await DatabaseAsync(provider);
        var meals = Path.Combine(Path.GetTempPath(), "ferrum-web-meals-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            await using var app = await TestApp.StartAsync(provider, pg, database: db);
            Assert.DoesNotContain(Ids(await app.Client.GetStringAsync("/api/foods?q=spinach+raw&limit=1000")), id => id == ImportedSpinach);

            // Imported while the app runs: the next request sees it (the food count changed).
            var import = FerrumCli.Run("foods", "import-fdc", Fdc, "--db", db);
            Assert.True(import.ExitCode == 0, import.Stderr);

            var cliSearch = FerrumCli.Run("foods", "search", "spinach raw", "--limit", "50", "--format", "json", "--db", db);
            Assert.True(cliSearch.ExitCode == 0, cliSearch.Stderr);
            var found = await app.Client.GetAsync("/api/foods?q=spinach%20raw&limit=50");
            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
            Assert.Equal("application/json", found.Content.Headers.ContentType?.MediaType);
            var foundBody = await found.Content.ReadAsStringAsync();
            Assert.Equal(cliSearch.Stdout.TrimEnd('\n'), foundBody);
            Assert.Contains(Ids(foundBody), id => id == ImportedSpinach);

            await File.WriteAllTextAsync(meals, Meals);
            var cli = FerrumCli.Run("diet", "analyze", meals, "--sex", "female", "--age", "34", "--format", "json", "--db", db);
            Assert.True(cli.ExitCode == 0, cli.Stderr);
            var response = await app.Client.PostAsync("/api/diet/analyze?sex=female&age=34", Json.Body(Meals));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(cli.Stdout.TrimEnd('\n'), body);
            var meal = Json.Element(body).GetProperty("days")[0].GetProperty("meals")[0];
            Assert.Equal(ImportedSpinach, meal.GetProperty("items")[0].GetProperty("foodId").GetString());
            Assert.Equal(2.71, meal.GetProperty("ironMg").GetDouble(), 6); // the fixture's 2.71 mg/100 g, eaten 100 g
        }
        finally
        {
            File.Delete(meals);
            if (file is not null) DeleteSqlite(file);
        }
    }

    [Fact]
    public async Task The_combined_table_is_loaded_once_until_the_foods_change()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var cache = app.Services.GetRequiredService<FoodTableCache>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/foods?q=lentils")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/diet/analyze", Json.Body(
                """{"meals": [{"items": [{"food": "lentils-cooked", "grams": 150}]}]}"""))).StatusCode);
        }
        Assert.Equal(1, cache.Loads);
    }

    [Fact]
    public async Task A_table_older_than_the_configured_age_is_reloaded()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: new Dictionary<string, string?> { ["Ferrum:FoodCacheSeconds"] = "0" });
        var cache = app.Services.GetRequiredService<FoodTableCache>();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/foods?q=lentils")).StatusCode);
        Assert.Equal(3, cache.Loads);
    }

    public static TheoryData<string> BadLimits => new() { "0", "1001", "-5", "ten", "2.5", "" };

    [Theory]
    [MemberData(nameof(BadLimits))]
    public async Task A_limit_outside_1_to_1000_is_a_problem_naming_it(string limit)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var response = await app.Client.GetAsync("/api/foods?q=lentils&limit=" + Uri.EscapeDataString(limit));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = (await Json.ReadAsync(response))["errors"]![0]!;
        Assert.Equal("foods.limit", error["code"]!.GetValue<string>());
        Assert.Equal("?limit", error["location"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1000", 1000)]
    public async Task The_limit_bounds_are_accepted_and_cap_the_answer(string limit, int most)
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var ids = Ids(await app.Client.GetStringAsync("/api/foods?q=e&limit=" + limit));
        var matches = Ferrum.Nutrition.Foods.FoodTable.Default.Foods.Count(f => f.Name.Contains('e', StringComparison.OrdinalIgnoreCase) || f.Id.Contains('e', StringComparison.Ordinal));
        Assert.True(matches > 1, "the query should match many default foods");
        Assert.Equal(Math.Min(most, matches), ids.Count);
    }

    [Fact]
    public async Task A_blank_query_finds_nothing_like_the_cli()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        Assert.Empty(Ids(await app.Client.GetStringAsync("/api/foods")));
        Assert.Empty(Ids(await app.Client.GetStringAsync("/api/foods?q=%20%20")));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_food_search()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        var get = Json.Element(await app.Client.GetStringAsync("/openapi/v1.json")).GetProperty("paths").GetProperty("/api/foods").GetProperty("get");
        var names = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "limit"], names);
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
        Assert.Contains("ferrum foods search", get.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static List<string?> Ids(string json) => [.. Json.Element(json).EnumerateArray().Select(f => f.GetProperty("id").GetString())];

    private async Task<(string Db, string? File)> DatabaseAsync(string provider)
    {
        if (provider == "postgres") return ("postgres:" + await pg.Cluster.CreateDatabaseAsync(), null);
        var file = Path.Combine(Path.GetTempPath(), "ferrum-web-foods-" + Guid.NewGuid().ToString("N") + ".db");
        return ("sqlite:" + file, file);
    }

    private static void DeleteSqlite(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
