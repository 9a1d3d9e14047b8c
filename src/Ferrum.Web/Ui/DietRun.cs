using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Planning;
using Ferrum.Nutrition.Reports;
using Ferrum.Nutrition.Requirements;

namespace Ferrum.Web.Ui;

/// <summary>The diet page's form and its calls into <see cref="DietEngine"/> (the same path as <c>ferrum diet plan|analyze</c> and <c>/api/diet</c>).</summary>
internal sealed class DietForm
{
    public string Sex { get; set; } = "female";
    public double? Age { get; set; } = 34;
    public string Pattern { get; set; } = "omnivore";
    public bool Pregnant { get; set; }
    public bool Lactating { get; set; }
    public double? Ferritin { get; set; }
    public double Kcal { get; set; } = 2000;
    public int Days { get; set; } = 1;
    public string MealsJson { get; set; } = "";

    /// <summary>Problems with the form itself, each naming the field; empty when the engine can run.</summary>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>();
        if (Age is not (>= 1 and <= 120)) errors.Add("Age: enter 1 to 120 years.");
        if (Kcal is < 1000 or > 5000) errors.Add("Energy: enter 1000 to 5000 kcal a day.");
        if (Days is < 1 or > 7) errors.Add("Days: enter 1 to 7.");
        if (Ferritin is < 0 or > 5000) errors.Add("Ferritin: enter 0 to 5000 µg/L or leave it empty.");
        return errors;
    }

    public DietReport Plan(FoodTable table)
    {
        var (model, pattern, requirement) = Setup();
        return DietEngine.Plan(new PlanRequest
        {
            AbsorbedTargetMg = requirement.AbsorbedTargetMg, IronUlMg = requirement.UlMg, Model = model, Pattern = pattern, Kcal = Kcal, Days = Days,
        }, table, requirement);
    }

    public DietReport Analyze(FoodTable table)
    {
        var (model, pattern, requirement) = Setup();
        var days = Nutrition.Meals.MealsJson.Parse(MealsJson, table, "meals");
        return DietEngine.Analyze(days, table, model, pattern, requirement);
    }

    /// <summary>An example meals JSON that uses foods of the bundled table.</summary>
    public static string Example() => """
        {"meals": [
          {"name": "breakfast", "items": [{"food": "cereal-cheerios", "grams": 28}, {"food": "orange-juice", "grams": 248}]},
          {"name": "dinner", "items": [{"food": "beef-sirloin-steak-cooked", "grams": 113}, {"food": "potato-baked", "grams": 173}]}
        ]}
        """;

    private (AbsorptionModel Model, DietPattern Pattern, IronRequirement Requirement) Setup()
    {
        var model = new AbsorptionModel(Ferritin);
        var pattern = Enum.Parse<DietPattern>(Pattern, ignoreCase: true);
        var sex = Sex == "male" ? Nutrition.Requirements.Sex.Male : Nutrition.Requirements.Sex.Female;
        return (model, pattern, IronRequirements.For(new LifeStage(sex, Age!.Value, Pregnant, Lactating), pattern));
    }
}
