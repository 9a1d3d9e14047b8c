using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;

namespace Ferrum.Nutrition.Tests.Meals;

public sealed class MealsJsonTests
{
    [Fact]
    public void Parses_one_day_by_id_name_and_ndb()
    {
        var days = MealsJson.Parse("""{"meals":[{"name":"lunch","items":[{"food":"lentils-cooked","grams":198},{"food":"Spinach, raw","grams":30},{"food":"ndb:09206","grams":248}]}]}""", FoodTable.Default);
        var meal = Assert.Single(Assert.Single(days));
        Assert.Equal("lunch", meal.Name);
        Assert.Equal(["lentils-cooked", "spinach-raw", "orange-juice"], meal.Items.Select(i => i.Food.Id));
    }

    [Fact]
    public void Parses_several_days()
    {
        var days = MealsJson.Parse("""{"days":[{"meals":[{"items":[{"food":"tofu-firm","grams":100}]}]},{"meals":[{"items":[{"food":"tempeh","grams":50.5}]}]}]}""", FoodTable.Default);
        Assert.Equal(2, days.Count);
        Assert.Equal(50.5, days[1][0].Items[0].Grams);
    }

    [Theory]
    [InlineData("""{"meals":[{"name":"a","items":[{"food":"tofu-firm","grams":10}]},{"name":"b","items":[{"food":"unobtainium","grams":10}]}]}""", "meals.food-unknown", "$.meals[1].items[0].food")]
    [InlineData("""{"meals":[{"name":"a","items":[{"food":"tofu-firm","grams":-3}]}]}""", "meals.grams-invalid", "$.meals[0].items[0].grams")]
    [InlineData("""{"meals":[{"name":"a","items":[{"food":"tofu-firm","grams":"60"}]}]}""", "meals.grams-invalid", "$.meals[0].items[0].grams")]
    [InlineData("""{"meals":[{"name":"a","items":[{"grams":60}]}]}""", "meals.food-missing", "$.meals[0].items[0].food")]
    [InlineData("""{"meals":[{"name":"a"}]}""", "meals.shape", "$.meals[0].items")]
    [InlineData("""{"food":"tofu"}""", "meals.shape", "$")]
    [InlineData("""{"meals": [""", "meals.json-invalid", null)]
    public void Bad_entries_name_their_json_path(string json, string code, string? location)
    {
        var ex = Assert.Throws<InputErrorException>(() => MealsJson.Parse(json, FoodTable.Default, "day.json"));
        Assert.Equal(code, ex.Error.Code);
        Assert.Equal("day.json", ex.Error.File);
        if (location is not null) Assert.Equal(location, ex.Error.Location);
    }

    [Fact]
    public void Unknown_food_suggests_close_ids()
    {
        var ex = Assert.Throws<InputErrorException>(() => MealsJson.Parse("""{"meals":[{"items":[{"food":"lentils","grams":10}]}]}""", FoodTable.Default));
        Assert.Contains("lentils-cooked", ex.Error.Accepted, StringComparison.Ordinal);
    }

    [Fact]
    public void Grams_parse_the_same_under_a_german_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var days = MealsJson.Parse("""{"meals":[{"items":[{"food":"tofu-firm","grams":60.5}]}]}""", FoodTable.Default);
            Assert.Equal(60.5, days[0][0].Items[0].Grams);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
