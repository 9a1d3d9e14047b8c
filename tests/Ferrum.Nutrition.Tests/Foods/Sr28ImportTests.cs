using System.Globalization;
using System.Text;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Tests.Support;

namespace Ferrum.Nutrition.Tests.Foods;

public sealed class Sr28ImportTests
{
    [Sr28Fact]
    public void Import_reads_every_record_of_the_sr28_files()
    {
        var counts = Sr28.Golden.GetProperty("counts");
        var import = Sr28.Import;
        Assert.Equal(counts.GetProperty("FOOD_DES.txt").GetInt32(), import.Foods.Count);
        Assert.Equal(counts.GetProperty("NUT_DATA.txt").GetInt32(), import.NutrientRecords);
        Assert.Equal(counts.GetProperty("WEIGHT.txt").GetInt32(), import.WeightRecords);
        Assert.Equal(counts.GetProperty("FD_GROUP.txt").GetInt32(), import.FoodGroupRecords);
        Assert.Equal(8789, import.Foods.Count);
        Assert.Equal(679045, import.NutrientRecords);
    }

    [Sr28Fact]
    public void Spot_values_match_the_independent_python_reading()
    {
        var byNdb = Sr28.Import.Foods.ToDictionary(f => f.Ndb!);
        foreach (var spot in Sr28.Golden.GetProperty("spot").EnumerateObject())
        {
            var n = byNdb[spot.Name].Per100G;
            foreach (var v in spot.Value.EnumerateObject())
                Assert.Equal(v.Value.GetDouble(), Value(n, v.Name));
        }
    }

    [Sr28Fact]
    public void Every_curated_usda_value_equals_sr28_for_its_ndb_number()
    {
        var byNdb = Sr28.Import.Foods.ToDictionary(f => f.Ndb!);
        var compared = 0;
        foreach (var food in FoodTable.Default.Foods)
        {
            Assert.NotNull(food.Ndb);
            var sr = byNdb[food.Ndb!];
            Assert.Equal(sr.Name, food.Name);
            Assert.Equal(sr.Per100G, food.Per100G);
            Assert.Equal(sr.Portion, food.Portion);
            Assert.Equal("NDB " + food.Ndb, food.Source.Locator);
            compared++;
        }
        Assert.True(compared >= 300, $"only {compared} curated foods");
    }

    [Sr28Fact]
    public void Mfp_food_groups_map_to_meat_fish_and_poultry()
    {
        var byNdb = Sr28.Import.Foods.ToDictionary(f => f.Ndb!);
        Assert.True(byNdb["13327"].Mfp);
        Assert.True(byNdb["15169"].Mfp);
        Assert.False(byNdb["11457"].Mfp);
        Assert.False(byNdb["11457"].Animal);
        Assert.Equal(FoodGroup.PolyphenolBeverage, byNdb["14355"].Group);
    }

    [Fact]
    public void Reader_parses_decimal_points_under_a_german_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var import = Read("~11457~^~1100~^~Spinach, raw~^~SPINACH,RAW~", "~1100~^~Vegetables~", "~11457~^~303~^2.71^1^^~1~", "~11457~^1^1^~cup~^30.0^^");
            var f = Assert.Single(import.Foods);
            Assert.Equal(2.71, f.Per100G.IronMg);
            Assert.Equal(new FoodPortion(1, "cup", 30.0), f.Portion);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_malformed_value_names_file_row_and_field()
    {
        var ex = Assert.Throws<InputErrorException>(() => Read("~11457~^~1100~^~Spinach, raw~", "~1100~^~Vegetables~", "~11457~^~303~^2,71^1", ""));
        Assert.Equal("sr28.invalid", ex.Error.Code);
        Assert.Equal("NUT_DATA.txt", ex.Error.File);
        Assert.Equal("row 1", ex.Error.Location);
        Assert.Equal("Nutr_Val", ex.Error.Field);
    }

    private static Sr28Import Read(string des, string grp, string nut, string wgt) =>
        Sr28Reader.Read(new StringReader(des), new StringReader(grp), new StringReader(nut), new StringReader(wgt));

    private static double? Value(FoodNutrients n, string name) => name switch
    {
        "kcal" => n.Kcal, "proteinG" => n.ProteinG, "fatG" => n.FatG, "carbohydrateG" => n.CarbohydrateG,
        "ironMg" => n.IronMg, "vitaminCMg" => n.VitaminCMg, "calciumMg" => n.CalciumMg,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
