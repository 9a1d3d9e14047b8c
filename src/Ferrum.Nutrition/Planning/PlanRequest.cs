using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;

namespace Ferrum.Nutrition.Planning;

/// <summary>What a plan must satisfy. Defaults: 2000 kcal, 3 meals, at most 5 foods per meal, 4 food groups a day.</summary>
public sealed record PlanRequest
{
    /// <summary>Absorbed-iron target, mg/day.</summary>
    public required double AbsorbedTargetMg { get; init; }
    /// <summary>Tolerable upper intake of iron, mg/day (IOM 2001 UL).</summary>
    public required double IronUlMg { get; init; }
    /// <summary>Absorption model (carries serum ferritin).</summary>
    public required AbsorptionModel Model { get; init; }
    /// <summary>Diet pattern.</summary>
    public DietPattern Pattern { get; init; } = DietPattern.Omnivore;
    /// <summary>Energy budget, kcal/day; the plan lands between 90% and 100% of it.</summary>
    public double Kcal { get; init; } = 2000;
    /// <summary>Meals per day (1–6).</summary>
    public int Meals { get; init; } = 3;
    /// <summary>Days to plan (1–14); later days avoid repeating earlier days' foods.</summary>
    public int Days { get; init; } = 1;
    /// <summary>Most foods per meal.</summary>
    public int MaxFoodsPerMeal { get; init; } = 5;
    /// <summary>Fewest distinct food groups per day.</summary>
    public int MinFoodGroups { get; init; } = 4;
    /// <summary>Words or ids of foods to leave out (a food is excluded when its id or name contains one).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>The person's usual day; when given the plan minimises grams changed from it.</summary>
    public IReadOnlyList<Meal>? Usual { get; init; }
    /// <summary>Mixed-integer plan (portion bounds, foods per meal, variety). False gives the linear relaxation used for benchmarks.</summary>
    public bool Integer { get; init; } = true;
    /// <summary>Safety time limit per solve, seconds (wall clock); solves normally stop earlier at a 5% optimality gap, which keeps plans reproducible.</summary>
    public double TimeLimitSeconds { get; init; } = 30;
}
