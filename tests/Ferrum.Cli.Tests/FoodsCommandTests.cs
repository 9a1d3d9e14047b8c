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
        var store = Path.Combine(dir.FullName, "foods.json");
        var import = FerrumProcess.Run("foods", "import-sr", sr, "--store", store);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("imported 8789 foods (679045 nutrient rows", import.Stdout, StringComparison.Ordinal);
        var search = FerrumProcess.Run("foods", "search", "quinoa uncooked", "--store", store);
        Assert.Contains("sr28-20035", search.Stdout, StringComparison.Ordinal);
        dir.Delete(true);
    }

    [Fact]
    public void Import_of_a_folder_without_sr28_files_exits_2()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-empty-");
        var run = FerrumProcess.Run("foods", "import-sr", dir.FullName, "--store", Path.Combine(dir.FullName, "foods.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FOOD_DES.txt", run.Stderr, StringComparison.Ordinal);
        dir.Delete(true);
    }

    [Fact]
    public void Import_fdc_reads_a_foodData_central_download()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-fdc-");
        File.WriteAllText(Path.Combine(dir.FullName, "food.csv"), "\"fdc_id\",\"data_type\",\"description\",\"food_category_id\",\"publication_date\"\n\"1\",\"foundation_food\",\"Lentils, test\",\"16\",\"2020-01-01\"\n");
        File.WriteAllText(Path.Combine(dir.FullName, "nutrient.csv"), "\"id\",\"name\",\"unit_name\",\"nutrient_nbr\",\"rank\"\n\"1089\",\"Iron, Fe\",\"MG\",\"303\",\"5400\"\n");
        File.WriteAllText(Path.Combine(dir.FullName, "food_nutrient.csv"), "\"id\",\"fdc_id\",\"nutrient_id\",\"amount\"\n\"1\",\"1\",\"1089\",\"3.3\"\n");
        var store = Path.Combine(dir.FullName, "store.json");
        var run = FerrumProcess.Run("foods", "import-fdc", dir.FullName, "--store", store);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("imported 1 foods", run.Stdout, StringComparison.Ordinal);
        var search = FerrumProcess.Run("foods", "search", "lentils test", "--store", store);
        Assert.Contains("fdc-1", search.Stdout, StringComparison.Ordinal);
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
