using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Tests.Foods;

/// <summary>FoodData Central rows that must be refused, each naming file, row, field and value.</summary>
public sealed class FdcValidationTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Foods", "Fixtures", "fdc");
    private const string FoodNutrientHeader = "\"id\",\"fdc_id\",\"nutrient_id\",\"amount\"\n";

    private static InputError Fail(string file, string content) =>
        Assert.Throws<InputErrorException>(() => FdcCsvReader.Read(n => n == file ? new StringReader(content)
            : File.Exists(Path.Combine(Fixture, n)) ? new StreamReader(Path.Combine(Fixture, n)) : null, Fixture)).Error;

    public static TheoryData<string, string, string, string?, string?> Cases => new()
    {
        { "food_nutrient.csv", FoodNutrientHeader + "\"2\",\"168462\",\"1089\",\"-2.71\"\n", "row 2", "amount", "-2.71" },
        { "food_nutrient.csv", FoodNutrientHeader + "\"2\",\"168462\",\"1089\",\"5000\"\n", "row 2", "amount", "5000" },
        { "food_nutrient.csv", FoodNutrientHeader + "\"2\",\"abc\",\"1089\",\"2.71\"\n", "row 2", "fdc_id", "abc" },
        { "food_nutrient.csv", FoodNutrientHeader + "\"2\",\"424242\",\"1089\",\"2.71\"\n", "row 2", "fdc_id", "424242" },
        { "food.csv", "\"fdc_id\",\"description\"\n\"168462\",\"Spinach, raw\"\n\"168462\",\"Spinach, raw\"\n", "row 3", "fdc_id", "168462" },
        { "food_portion.csv", "\"fdc_id\",\"seq_num\",\"gram_weight\"\n\"168462\",\"1\",\"-30\"\n", "row 2", "gram_weight", "-30" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Implausible_or_inconsistent_fdc_rows_are_refused(string file, string content, string row, string? field, string? value)
    {
        var e = Fail(file, content);
        Assert.EndsWith(file, e.File, StringComparison.Ordinal);
        Assert.Equal((row, field, value), (e.Location, e.Field, e.Value));
    }

    [Theory]
    [InlineData("food_nutrient.csv", FoodNutrientHeader + "\"2\",\"168462\"\n")]
    [InlineData("food.csv", "\"fdc_id\",\"description\",\"food_category_id\"\n\"168462\",\"Spinach, raw,\"11\"\n")]
    public void Ragged_rows_and_unclosed_quotes_are_malformed_csv(string file, string content)
    {
        var e = Fail(file, content);
        Assert.Equal("fdc.malformed", e.Code);
        Assert.EndsWith(file, e.File, StringComparison.Ordinal);
        Assert.StartsWith("record ", e.Location, StringComparison.Ordinal);
    }
}
