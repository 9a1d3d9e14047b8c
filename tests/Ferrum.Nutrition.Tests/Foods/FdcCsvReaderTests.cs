using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Tests.Foods;

public sealed class FdcCsvReaderTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Foods", "Fixtures", "fdc");

    private static TextReader? Open(string dir, string name) => File.Exists(Path.Combine(dir, name)) ? new StreamReader(Path.Combine(dir, name)) : null;

    [Fact]
    public void Reads_foods_nutrients_groups_portions_and_ndb_numbers()
    {
        var foods = FdcCsvReader.Read(n => Open(Fixture, n), Fixture).ToDictionary(f => f.Id);
        Assert.Equal(2, foods.Count);
        var spinach = foods["fdc-168462"];
        Assert.Equal(2.71, spinach.Per100G.IronMg);
        Assert.Equal(28.1, spinach.Per100G.VitaminCMg);
        Assert.Null(spinach.Per100G.CalciumMg);
        Assert.Equal("vegetable", spinach.Group);
        Assert.False(spinach.Animal);
        Assert.Equal("11457", spinach.Ndb);
        Assert.Equal(new FoodPortion(1, "cup", 30), spinach.Portion);
        var chicken = foods["fdc-171077"];
        Assert.True(chicken.Mfp);
        Assert.Equal("fdc_id 171077", chicken.Source.Locator);
    }

    [Fact]
    public void A_missing_required_file_is_an_input_error()
    {
        var ex = Assert.Throws<InputErrorException>(() => FdcCsvReader.Read(n => n == "food.csv" ? null : Open(Fixture, n), Fixture));
        Assert.Equal("fdc.file-missing", ex.Error.Code);
        Assert.EndsWith("food.csv", ex.Error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_amount_names_file_row_and_field()
    {
        var ex = Assert.Throws<InputErrorException>(() => FdcCsvReader.Read(n => n == "food_nutrient.csv"
            ? new StringReader("fdc_id,nutrient_id,amount\n168462,1089,2;71\n")
            : Open(Fixture, n), Fixture));
        Assert.Equal("fdc.invalid-number", ex.Error.Code);
        Assert.Equal("row 2", ex.Error.Location);
        Assert.Equal("amount", ex.Error.Field);
    }
}
