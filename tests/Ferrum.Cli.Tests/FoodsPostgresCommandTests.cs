using System.Text.Json;
using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

/// <summary>The food commands on PostgreSQL (<c>--db postgres:…</c>), against a throwaway cluster.</summary>
public sealed class FoodsPostgresCommandTests(PostgresFixture pg) : IClassFixture<PostgresFixture>
{
    private static readonly string Fdc = Path.Combine(FerrumProcess.RepoRoot, "tests", "Ferrum.Nutrition.Tests", "Foods", "Fixtures", "fdc");

    [Fact]
    public async Task Imported_foods_are_found_and_analysed_from_postgres()
    {
        var db = "postgres:" + await pg.Cluster.CreateDatabaseAsync();
        var first = FerrumProcess.Run("foods", "import-fdc", Fdc, "--db", db);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("imported 2 foods: 2 new, 0 updated; the database now holds 2 foods", first.Stdout, StringComparison.Ordinal);
        var again = FerrumProcess.Run("foods", "import-fdc", Fdc, "--db", db);
        Assert.Contains("0 new, 2 updated; the database now holds 2 foods", again.Stdout, StringComparison.Ordinal);

        var search = FerrumProcess.Run("foods", "search", "spinach raw", "--db", db, "--format", "json");
        using (var doc = JsonDocument.Parse(search.Stdout))
            Assert.Contains(doc.RootElement.EnumerateArray(), f => f.GetProperty("id").GetString() == "fdc-168462");

        var meals = Path.Combine(Directory.CreateTempSubdirectory("ferrum-pg-meals-").FullName, "meals.json");
        await File.WriteAllTextAsync(meals, """{"meals": [{"name": "lunch", "items": [{"food": "fdc-168462", "grams": 100}]}]}""");
        var run = FerrumProcess.Run("diet", "analyze", meals, "--db", db, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var report = JsonDocument.Parse(run.Stdout);
        var item = report.RootElement.GetProperty("days")[0].GetProperty("meals")[0].GetProperty("items")[0];
        Assert.Equal("fdc-168462", item.GetProperty("foodId").GetString());
        Assert.Equal(2.71, report.RootElement.GetProperty("days")[0].GetProperty("ironMg").GetDouble(), 6);
        Directory.Delete(Path.GetDirectoryName(meals)!, true);
    }
}
