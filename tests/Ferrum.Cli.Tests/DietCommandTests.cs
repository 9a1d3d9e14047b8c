using System.Text.Json;
using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class DietCommandTests
{
    private static string Sample(string name) => Path.Combine(FerrumProcess.RepoRoot, "samples", "meals", name);

    [Fact]
    public void Analyze_json_follows_the_meals_and_plans_contract()
    {
        var run = FerrumProcess.Run("diet", "analyze", Sample("vegetarian-day.json"), "--format", "json", "--sex", "female", "--age", "34", "--pattern", "vegetarian", "--ferritin", "12");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        var day = Assert.Single(root.GetProperty("days").EnumerateArray().ToList());
        var meals = day.GetProperty("meals").EnumerateArray().ToList();
        Assert.Equal(3, meals.Count);
        foreach (var m in meals)
        {
            Assert.Equal(JsonValueKind.String, m.GetProperty("name").ValueKind);
            foreach (var p in new[] { "ironMg", "hemeIronMg", "absorbedIronMg", "kcal" }) Assert.Equal(JsonValueKind.Number, m.GetProperty(p).ValueKind);
            foreach (var i in m.GetProperty("items").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.String, i.GetProperty("foodId").ValueKind);
                Assert.Equal(JsonValueKind.String, i.GetProperty("food").ValueKind);
                Assert.Equal(JsonValueKind.Number, i.GetProperty("grams").ValueKind);
            }
        }
        var sum = meals.Sum(m => m.GetProperty("absorbedIronMg").GetDouble());
        Assert.Equal(sum, day.GetProperty("absorbedIronMg").GetDouble(), 2);
        Assert.Equal(3.24, root.GetProperty("targetAbsorbedIronMg").GetDouble(), 6);
        Assert.Contains("Collings 2013", root.GetProperty("model").GetString(), StringComparison.Ordinal);
        Assert.Contains("overstate", root.GetProperty("modelDetails").GetProperty("caveat").GetString(), StringComparison.Ordinal);
        var advice = root.GetProperty("advice").EnumerateArray().ToList();
        Assert.Contains(advice, a => a.GetProperty("kind").GetString() == "separate-inhibitor" && a.GetProperty("gainMg").GetDouble() > 0);
    }

    [Fact]
    public void Analyze_text_states_that_single_meal_estimates_overstate_whole_diet_effects()
    {
        var run = FerrumProcess.Run("diet", "analyze", Sample("omnivore-day.json"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("day total", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("overstate whole-diet effects", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_meal_file_exits_2_naming_the_entry()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-diet-");
        var file = Path.Combine(dir.FullName, "bad.json");
        File.WriteAllText(file, """{"meals":[{"name":"lunch","items":[{"food":"lentils-cooked","grams":100},{"food":"moon-cheese","grams":50}]}]}""");
        var run = FerrumProcess.Run("diet", "analyze", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.meals[0].items[1].food", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("moon-cheese", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        dir.Delete(true);
    }

    [Fact]
    public void Plan_for_a_vegetarian_woman_meets_the_target_by_the_exact_model()
    {
        var run = FerrumProcess.Run("diet", "plan", "--sex", "female", "--age", "34", "--pattern", "vegetarian", "--ferritin", "12", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("feasible").GetBoolean());
        var day = root.GetProperty("days")[0];
        Assert.True(day.GetProperty("absorbedIronMg").GetDouble() >= root.GetProperty("targetAbsorbedIronMg").GetDouble() - 0.001);
        Assert.InRange(day.GetProperty("kcal").GetDouble(), 1795, 2005);
        Assert.Equal(day.GetProperty("absorbedIronMg").GetDouble(), day.GetProperty("iterations").EnumerateArray().Last().GetProperty("exactAbsorbedMg").GetDouble(), 2);
    }

    [Fact]
    public void An_infeasible_plan_explains_itself_and_exits_2()
    {
        var run = FerrumProcess.Run("diet", "plan", "--sex", "female", "--age", "30", "--pattern", "vegan", "--pregnant", "--kcal", "1200", "--ferritin", "60");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be met", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("kcal", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("plan.infeasible", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kcal", "100", "kcal")]
    [InlineData("--age", "0.2", "age")]
    [InlineData("--ferritin", "-4", "ferritin")]
    public void Out_of_range_options_exit_2_naming_the_field(string option, string value, string field)
    {
        var args = new List<string> { "diet", "plan", "--sex", "female" };
        if (option != "--age") args.AddRange(["--age", "34"]);
        args.AddRange([option, value]);
        var run = FerrumProcess.Run([.. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(field, run.Stderr, StringComparison.Ordinal);
    }
}
