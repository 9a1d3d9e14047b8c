using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Planning;
using Ferrum.Nutrition.Requirements;

namespace Ferrum.Nutrition.Tests.Planning;

public sealed class DayPlannerTests
{
    private static PlanRequest Request(DietPattern pattern, double kcal = 2000, bool pregnant = false, double? ferritin = 12, int days = 1)
    {
        var req = IronRequirements.For(new LifeStage(Sex.Female, 34, pregnant), pattern);
        return new PlanRequest
        {
            AbsorbedTargetMg = req.AbsorbedTargetMg, IronUlMg = req.UlMg, Model = new AbsorptionModel(ferritin),
            Pattern = pattern, Kcal = kcal, Days = days,
        };
    }

    [Theory]
    [InlineData(DietPattern.Omnivore)]
    [InlineData(DietPattern.Vegetarian)]
    [InlineData(DietPattern.Vegan)]
    public void Plan_respects_every_constraint_and_the_pattern(DietPattern pattern)
    {
        var r = Request(pattern);
        var plan = DayPlanner.Plan(r, FoodTable.Default);
        Assert.True(plan.Feasible, string.Join(" ", plan.Explanation));
        var day = Assert.Single(plan.Days);
        Assert.Equal(3, day.Count);
        var exact = day.Select(m => r.Model.Evaluate(m.Items.Select(i => (i.Food, i.Grams)))).ToList();
        var kcal = exact.Sum(e => e.Kcal);
        Assert.InRange(kcal, 0.9 * r.Kcal - 5, r.Kcal + 5);
        Assert.True(exact.Sum(e => e.AbsorbedIronMg) >= r.AbsorbedTargetMg - 0.01);
        Assert.True(exact.Sum(e => e.IronMg) <= r.IronUlMg + 0.01);
        var items = day.SelectMany(m => m.Items).ToList();
        Assert.All(day, m => Assert.InRange(m.Items.Count, 1, r.MaxFoodsPerMeal));
        Assert.All(exact, e => Assert.InRange(e.Kcal, 0.15 * r.Kcal - 1, 0.45 * r.Kcal + 1));
        Assert.All(exact, e => Assert.True(e.Enhanced || e.Modifier == 0));
        Assert.All(items, i => Assert.True(i.Food.Fits(pattern), i.Food.Id));
        Assert.All(items, i => Assert.NotEqual(FoodGroup.PolyphenolBeverage, i.Food.Group));
        Assert.All(items, i =>
        {
            var (min, max) = PlanModel.Bounds(i.Food);
            Assert.InRange(i.Grams, min - 0.1, max + 0.1);
        });
        Assert.True(items.Select(i => i.Food.Group).Distinct().Count() >= r.MinFoodGroups);
        Assert.Equal(items.Count, items.Select(i => i.Food.Id).Distinct().Count());
        double protein = items.Sum(i => i.Food.Per100G.ProteinG!.Value * i.Grams / 100);
        Assert.InRange(4 * protein / kcal, 0.0999, 0.3501);
        var last = plan.Iterations[0][^1];
        Assert.Equal(exact.Sum(e => e.AbsorbedIronMg), last.ExactAbsorbedMg, 6);
    }

    [Fact]
    public void Pregnant_vegan_on_1200_kcal_is_infeasible_and_names_the_binding_constraint()
    {
        var plan = DayPlanner.Plan(Request(DietPattern.Vegan, kcal: 1200, pregnant: true, ferritin: 60), FoodTable.Default);
        Assert.False(plan.Feasible);
        Assert.Empty(plan.Days);
        Assert.Equal("absorbed-iron-target", plan.BindingConstraint);
        Assert.Contains(plan.Explanation, e => e.Contains("energy budget", StringComparison.Ordinal) || e.Contains("No energy budget", StringComparison.Ordinal));
    }

    [Fact]
    public void A_week_plans_seven_days_with_variety()
    {
        var plan = DayPlanner.Plan(Request(DietPattern.Vegetarian, days: 7), FoodTable.Default);
        Assert.True(plan.Feasible, string.Join(" ", plan.Explanation));
        Assert.Equal(7, plan.Days.Count);
        var distinct = plan.Days.SelectMany(d => d.SelectMany(m => m.Items)).Select(i => i.Food.Id).Distinct().Count();
        Assert.True(distinct >= 30, $"only {distinct} distinct foods in a week");
    }

    [Fact]
    public void With_a_usual_day_the_plan_keeps_most_of_its_foods()
    {
        var t = FoodTable.Default;
        Ferrum.Nutrition.Meals.MealItem I(string id, double g) => new(t.Find(id)!, g);
        var usual = new List<Ferrum.Nutrition.Meals.Meal>
        {
            new("breakfast", [I("oatmeal-cooked", 234), I("banana-raw", 118), I("milk-2pct", 244)]),
            new("lunch", [I("lentils-cooked", 198), I("rice-brown-cooked", 195), I("spinach-cooked", 90)]),
            new("dinner", [I("tofu-firm", 126), I("broccoli-cooked", 156), I("pasta-enriched-cooked", 140)]),
        };
        var r = Request(DietPattern.Vegetarian) with { Usual = usual };
        var plan = DayPlanner.Plan(r, t);
        Assert.True(plan.Feasible, string.Join(" ", plan.Explanation));
        var kept = plan.Days[0].SelectMany(m => m.Items).Select(i => i.Food.Id).Intersect(usual.SelectMany(m => m.Items).Select(i => i.Food.Id)).Count();
        Assert.True(kept >= 5, $"only {kept} usual foods kept");
    }
}
