using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Advice;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;

namespace Ferrum.Nutrition.Tests.Advice;

public sealed class AdviceEngineTests
{
    private static readonly FoodTable T = FoodTable.Default;
    private static MealItem I(string id, double g) => new(T.Find(id)!, g);

    [Fact]
    public void Moving_tea_away_gains_what_the_model_computes()
    {
        var model = new AbsorptionModel(15);
        var meal = new Meal("breakfast", [I("oatmeal-cooked", 234), I("tea-black-brewed", 240)]);
        var a = Assert.Single(new AdviceEngine(model, T).For([meal]), x => x.Kind == "separate-inhibitor");
        var with = model.Evaluate(meal.Items.Select(i => (i.Food, i.Grams))).AbsorbedIronMg;
        var without = model.Evaluate([(T.Find("oatmeal-cooked")!, 234.0)]).AbsorbedIronMg;
        Assert.Equal(without - with, a.GainMg!.Value, 12);
        Assert.True(a.GainMg > 0);
    }

    [Fact]
    public void Vitamin_c_pairings_fit_the_pattern_and_make_the_meal_enhanced()
    {
        var model = new AbsorptionModel(15);
        var meal = new Meal("lunch", [I("lentils-cooked", 198), I("rice-brown-cooked", 150)]);
        var pairings = new AdviceEngine(model, T, DietPattern.Vegan).For([meal]).Where(a => a.Kind == "vitamin-c-pairing").ToList();
        Assert.Equal(AdviceEngine.PairingsPerMeal, pairings.Count);
        var before = model.Evaluate(meal.Items.Select(i => (i.Food, i.Grams)));
        Assert.All(pairings, p =>
        {
            Assert.Equal(before.NonHemeIronMg * (model.NonHemeAbsorption(1) - model.NonHemeAbsorption(0)), p.GainMg!.Value, 9);
            Assert.DoesNotContain("never", p.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_enhanced_meal_gets_no_pairing_and_calcium_advice_has_no_invented_gain()
    {
        var model = new AbsorptionModel(15);
        var meal = new Meal("dinner", [I("lentils-cooked", 198), I("red-bell-pepper-raw", 119), I("cheese-cheddar", 60), I("milk-whole", 244)]);
        var advice = new AdviceEngine(model, T).For([meal]);
        Assert.DoesNotContain(advice, a => a.Kind == "vitamin-c-pairing");
        var ca = Assert.Single(advice, a => a.Kind == "separate-calcium");
        Assert.Null(ca.GainMg);
    }
}
