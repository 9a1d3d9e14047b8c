using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Tests.Foods;

public sealed class FoodTableTests
{
    [Fact]
    public void Default_table_has_several_hundred_foods_each_citing_usda()
    {
        var t = FoodTable.Default;
        Assert.InRange(t.Foods.Count, 300, 2000);
        Assert.All(t.Foods, f => Assert.Equal("USDA SR28", f.Source.Source));
    }

    [Theory]
    [InlineData("spinach-raw", "11457")]
    [InlineData("ndb:11457", "11457")]
    [InlineData("11457", "11457")]
    [InlineData("Spinach, raw", "11457")]
    public void Find_accepts_id_ndb_and_name(string key, string ndb) => Assert.Equal(ndb, FoodTable.Default.Find(key)?.Ndb);

    [Theory]
    [InlineData("beef")]
    [InlineData("chicken")]
    [InlineData("salmon")]
    [InlineData("egg")]
    [InlineData("spinach")]
    [InlineData("kale")]
    [InlineData("lentils")]
    [InlineData("beans")]
    [InlineData("chickpeas")]
    [InlineData("tofu")]
    [InlineData("tempeh")]
    [InlineData("cereals ready-to-eat")]
    [InlineData("oranges")]
    [InlineData("peppers sweet")]
    [InlineData("strawberries")]
    [InlineData("tea")]
    [InlineData("coffee")]
    [InlineData("bran")]
    public void The_foods_the_article_names_and_the_usual_inhibitors_are_in_the_table(string words) =>
        Assert.NotEmpty(FoodTable.Default.Search(words));

    [Fact]
    public void Search_finds_all_words_in_any_order()
    {
        var hits = FoodTable.Default.Search("cooked lentils");
        Assert.Contains(hits, f => f.Id == "lentils-cooked");
        Assert.Empty(FoodTable.Default.Search("no-such-food-xyz"));
    }

    [Theory]
    [InlineData("beef-liver-cooked", DietPattern.Omnivore, true)]
    [InlineData("beef-liver-cooked", DietPattern.Pescatarian, false)]
    [InlineData("salmon-atlantic-farmed-cooked", DietPattern.Pescatarian, true)]
    [InlineData("salmon-atlantic-farmed-cooked", DietPattern.Vegetarian, false)]
    [InlineData("egg-whole-boiled", DietPattern.Vegetarian, true)]
    [InlineData("egg-whole-boiled", DietPattern.Vegan, false)]
    [InlineData("honey", DietPattern.Vegan, false)]
    [InlineData("tofu-firm", DietPattern.Vegan, true)]
    public void Diet_patterns_follow_the_food_flags(string id, DietPattern pattern, bool fits) =>
        Assert.Equal(fits, FoodTable.Default.Find(id)!.Fits(pattern));

    [Fact]
    public void Table_round_trips_through_the_store_format()
    {
        using var ms = new MemoryStream();
        FoodTableJson.Write(FoodTable.Default, ms, "test");
        ms.Position = 0;
        var back = FoodTableJson.Read(ms, "mem");
        Assert.Equal(FoodTable.Default.Foods.Count, back.Foods.Count);
        Assert.Equal(FoodTable.Default.Foods.Select(f => (f.Id, f.Per100G, f.Portion, f.Plannable, f.Source.Locator)),
            back.Foods.Select(f => (f.Id, f.Per100G, f.Portion, f.Plannable, f.Source.Locator)));
    }
}
