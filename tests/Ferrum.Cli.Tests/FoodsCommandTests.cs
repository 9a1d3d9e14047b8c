using System.Text.Json;
using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class FoodsCommandTests
{
    [Fact]
    public void Search_lists_curated_foods_with_their_ndb_citation()
    {
        var run = FerrumProcess.Run("foods", "search", "spinach", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Contains(doc.RootElement.EnumerateArray(), f => f.GetProperty("id").GetString() == "spinach-raw" && f.GetProperty("source").GetString() == "USDA SR28, NDB 11457");
    }

    [Theory]
    [InlineData("-1", 2)]
    [InlineData("0", 2)]
    [InlineData("1001", 2)]
    [InlineData("1", 0)]
    public void Search_limit_is_1_to_1000(string limit, int exit)
    {
        var run = FerrumProcess.Run("foods", "search", "iron", "--limit", limit, "--format", "json");
        Assert.True(run.ExitCode == exit, run.Stderr);
        if (exit == 2) Assert.Contains("--limit", run.Stderr, StringComparison.Ordinal);
        else Assert.True(JsonDocument.Parse(run.Stdout).RootElement.GetArrayLength() <= 1);
    }

    [SharedSr28Fact]
    public void Import_sr_fills_the_store_that_search_then_reads()
    {
        var sr = SharedSr28FactAttribute.Folder!;
        var dir = Directory.CreateTempSubdirectory("ferrum-foods-");
        var db = "sqlite:" + Path.Combine(dir.FullName, "foods.db");
        var import = FerrumProcess.Run("foods", "import-sr", sr, "--db", db);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("imported 8789 foods (679045 nutrient rows, 15438 portions, 25 food groups): 8789 new, 0 updated", import.Stdout, StringComparison.Ordinal);
        var again = FerrumProcess.Run("foods", "import-sr", sr, "--db", db);
        Assert.Contains("0 new, 8789 updated; the database now holds 8789 foods", again.Stdout, StringComparison.Ordinal);
        var search = FerrumProcess.Run("foods", "search", "quinoa uncooked", "--db", db);
        Assert.Contains("sr28-20035", search.Stdout, StringComparison.Ordinal);
        dir.Delete(true);
    }

    [Fact]
    public void Import_of_a_folder_without_sr28_files_exits_2()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-empty-");
        var run = FerrumProcess.Run("foods", "import-sr", dir.FullName, "--db", "sqlite:" + Path.Combine(dir.FullName, "foods.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FOOD_DES.txt", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.FullName, "foods.db")), "bad input must not create the database");
        dir.Delete(true);
    }

    [Fact]
    public void Import_fdc_reads_a_foodData_central_download()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-fdc-");
        File.WriteAllText(Path.Combine(dir.FullName, "food.csv"), "\"fdc_id\",\"data_type\",\"description\",\"food_category_id\",\"publication_date\"\n\"1\",\"foundation_food\",\"Lentils, test\",\"16\",\"2020-01-01\"\n");
        File.WriteAllText(Path.Combine(dir.FullName, "nutrient.csv"), "\"id\",\"name\",\"unit_name\",\"nutrient_nbr\",\"rank\"\n\"1089\",\"Iron, Fe\",\"MG\",\"303\",\"5400\"\n");
        File.WriteAllText(Path.Combine(dir.FullName, "food_nutrient.csv"), "\"id\",\"fdc_id\",\"nutrient_id\",\"amount\"\n\"1\",\"1\",\"1089\",\"3.3\"\n");
        var db = "sqlite:" + Path.Combine(dir.FullName, "foods.db");
        var run = FerrumProcess.Run("foods", "import-fdc", dir.FullName, "--db", db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("imported 1 foods: 1 new, 0 updated", run.Stdout, StringComparison.Ordinal);
        var search = FerrumProcess.Run("foods", "search", "lentils test", "--db", db);
        Assert.Contains("fdc-1", search.Stdout, StringComparison.Ordinal);
        dir.Delete(true);
    }

    [Fact]
    public void An_old_json_food_store_moves_into_the_default_database_once()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-legacy-");
        var legacy = Path.Combine(dir.FullName, "legacy");
        Directory.CreateDirectory(legacy);
        File.WriteAllText(Path.Combine(legacy, "foods.json"), """
            {"source": "test", "foods": [{"id": "fdc-7", "name": "Legacy lentils", "group": "legume", "animal": false,
              "per100g": {"kcal": 116, "ironMg": 3.3}, "citation": {"source": "USDA FoodData Central", "locator": "fdc_id 7"}}]}
            """);
        var env = new Dictionary<string, string> { ["FERRUM_DATA"] = legacy, ["XDG_DATA_HOME"] = Path.Combine(dir.FullName, "data") };
        var first = FerrumProcess.RunWithEnvironment(env, "foods", "search", "legacy lentils");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("fdc-7", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("moved 1 foods from the old food store", first.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(legacy, "foods.json")));
        Assert.True(File.Exists(Path.Combine(legacy, "foods.json.migrated")));
        Assert.True(File.Exists(Path.Combine(dir.FullName, "data", "ferrum", "ferrum.db")));
        var second = FerrumProcess.RunWithEnvironment(env, "foods", "search", "legacy lentils");
        Assert.Contains("fdc-7", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("moved", second.Stderr, StringComparison.Ordinal);
        dir.Delete(true);
    }

    [Fact]
    public void A_db_file_that_is_not_sqlite_exits_2_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-notdb-");
        var file = Path.Combine(dir.FullName, "notes.txt");
        File.WriteAllText(file, "these are not foods");
        var run = FerrumProcess.Run("foods", "search", "lentils", "--db", "sqlite:" + file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("notes.txt", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("these are not foods", File.ReadAllText(file));
        dir.Delete(true);
    }
}

/// <summary>Skipped, with a visible message, when the shared SR28 copy is absent.</summary>
public sealed class SharedSr28FactAttribute : FactAttribute
{
    public static string? Folder { get; } = Find();

    public SharedSr28FactAttribute()
    {
        if (Folder is null) Skip = "SKIPPED: USDA SR28 copy not found (looked for shared/data/usda-sr-legacy in the folders above the repository).";
    }

    private static string? Find()
    {
        for (var d = new DirectoryInfo(FerrumProcess.RepoRoot); d is not null; d = d.Parent)
        {
            var c = Path.Combine(d.FullName, "shared", "data", "usda-sr-legacy");
            if (File.Exists(Path.Combine(c, "NUT_DATA.txt"))) return c;
        }
        return null;
    }
}
