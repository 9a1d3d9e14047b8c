using Ferrum.Core.Errors;
using Ferrum.Core.Provenance;
using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Tests.Absorption;

public sealed class AbsorptionModelTests
{
    internal static Food Synthetic(string id, string group, double iron, double vitC = 0, double kcal = 100, double calcium = 0) =>
        new(id, id, group, FoodGroup.IsMfp(group), new FoodNutrients(kcal, 5, 3, 10, iron, vitC, calcium), new FoodPortion(1, "portion", 100), new Citation("test", id));

    // Collings 2013, Abstract: "In individuals with serum ferritin concentrations from 6-80 µg/L, predicted absorption ranged from 2.1-23.0%."
    [Theory]
    [InlineData(6, 1, 23.0)]
    [InlineData(80, -1, 2.1)]
    public void Collings_equation_reproduces_the_range_printed_in_the_abstract(double ferritin, int modifier, double percent) =>
        Assert.Equal(percent, Math.Round(100 * new AbsorptionModel(ferritin).NonHemeAbsorption(modifier), 1));

    [Fact]
    public void Heme_iron_is_40_percent_of_meat_fish_and_poultry_iron_and_23_percent_of_it_is_absorbed()
    {
        var beef = Synthetic("beef", FoodGroup.Meat, iron: 2.5);
        var model = new AbsorptionModel(15);
        var meal = model.Evaluate([(beef, 100)]);
        Assert.Equal(1.0, meal.HemeIronMg, 12);
        Assert.Equal(0.23, meal.AbsorbedHemeMg, 12);
        Assert.True(meal.Enhanced); // 100 g MFP ≥ 1 oz
        Assert.Equal(1.5 * model.NonHemeAbsorption(1), meal.AbsorbedNonHemeMg, 12);
    }

    [Fact]
    public void Plant_iron_is_all_non_heme()
    {
        var lentils = FoodTable.Default.Find("lentils-cooked")!;
        var meal = new AbsorptionModel().Evaluate([(lentils, 198)]);
        Assert.Equal(0, meal.HemeIronMg);
        Assert.Equal(lentils.Per100G.IronMg!.Value * 1.98, meal.IronMg, 12);
    }

    [Theory]
    [InlineData(24.9, 0)]
    [InlineData(25.0, 1)]
    public void Vitamin_c_from_25_mg_makes_a_meal_enhanced(double vitC, int modifier)
    {
        var bread = Synthetic("bread", "grain", iron: 3);
        var c = Synthetic("c", "fruit", iron: 0, vitC: vitC);
        Assert.Equal(modifier, new AbsorptionModel().Evaluate([(bread, 100), (c, 100)]).Modifier);
    }

    [Fact]
    public void Tea_with_a_meal_sets_the_inhibitor()
    {
        var tea = FoodTable.Default.Find("tea-black-brewed")!;
        var bread = Synthetic("bread", "grain", iron: 3);
        var m = new AbsorptionModel().Evaluate([(bread, 100), (tea, 240)]);
        Assert.True(m.Inhibited);
        Assert.Equal(-1, m.Modifier);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    public void Ferritin_must_be_positive(double ferritin) =>
        Assert.Equal("ferritin.out-of-range", Assert.Throws<InputErrorException>(() => new AbsorptionModel(ferritin)).Error.Code);

    [Fact]
    public void Default_is_the_iron_deficient_reference_and_flags_extrapolation()
    {
        Assert.Equal(15, new AbsorptionModel().FerritinUgPerL);
        Assert.True(new AbsorptionModel().FerritinIsDefault);
        Assert.True(new AbsorptionModel(150).Extrapolated);
        Assert.False(new AbsorptionModel(40).Extrapolated);
    }

    [Fact]
    public void Every_coefficient_carries_a_citation_with_a_locator() =>
        Assert.All(AbsorptionCoefficients.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Locator)));
}
