using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;

namespace Ferrum.Nutrition.Tests.Meals;

/// <summary>Meal files the bad-input corpus found accepted silently: a name that is not text, keys given twice.</summary>
public sealed class MealsJsonHardeningTests
{
    [Theory]
    [InlineData("""{"meals":[{"name":5,"items":[{"food":"tofu-firm","grams":10}]}]}""", "meals.name-invalid", "$.meals[0].name", "5")]
    [InlineData("""{"meals":[{"name":["lunch"],"items":[{"food":"tofu-firm","grams":10}]}]}""", "meals.name-invalid", "$.meals[0].name", "[\"lunch\"]")]
    [InlineData("""{"meals":[{"name":"  ","items":[{"food":"tofu-firm","grams":10}]}]}""", "meals.name-invalid", "$.meals[0].name", "\"  \"")]
    [InlineData("""{"meals":[{"name":"a","items":[{"food":"tofu-firm","grams":10,"grams":1000}]}]}""", "meals.duplicate-key", "$.meals[0].items[0].grams", null)]
    [InlineData("""{"meals":[{"name":"a","items":[{"food":"tofu-firm","grams":10}]}],"meals":[]}""", "meals.duplicate-key", "$.meals", null)]
    public void Bad_names_and_repeated_keys_name_their_json_path(string json, string code, string location, string? value)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var ex = Assert.Throws<InputErrorException>(() => MealsJson.Parse(json, FoodTable.Default, "day.json"));
            Assert.Equal(code, ex.Error.Code);
            Assert.Equal("day.json", ex.Error.File);
            Assert.Equal(location, ex.Error.Location);
            if (value is not null) Assert.Equal(value, ex.Error.Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("""{"meals":[{"name":null,"items":[{"food":"tofu-firm","grams":10}]}]}""", "meal 1")]
    [InlineData("""{"meals":[{"items":[{"food":"tofu-firm","grams":10}]}]}""", "meal 1")]
    [InlineData("""{"meals":[{"name":" lunch ","items":[{"food":"tofu-firm","grams":10.5}]}]}""", "lunch")]
    public void A_missing_name_gets_a_default_and_a_text_name_is_kept(string json, string name) =>
        Assert.Equal(name, MealsJson.Parse(json, FoodTable.Default)[0][0].Name);
}
