using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Meals;

namespace Ferrum.Nutrition.Planning;

/// <summary>
/// Plans days that meet an absorbed-iron target on Google OR-Tools: solve with the Collings modifier of each meal fixed
/// (and locked by a vitamin C or MFP constraint), recompute absorption with the exact model, re-solve until the
/// modifiers stop changing; the final plan is always checked with the exact model.
/// </summary>
public static class DayPlanner
{
    /// <summary>Most solve → recompute rounds per day.</summary>
    public const int MaxIterations = 8;
    /// <summary>Margin added to the enhancer thresholds in a locked solve so rounding grams to 0.1 g keeps the meal enhanced.</summary>
    internal const double LockMargin = 0.5;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Plans <see cref="PlanRequest.Days"/> days from <paramref name="table"/>.</summary>
    public static PlanResult Plan(PlanRequest request, FoodTable table)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(table);
        Validate(request);
        var foods = Candidates(request, table, request.Pattern);
        var days = new List<IReadOnlyList<Meal>>();
        var iterations = new List<IReadOnlyList<PlanIteration>>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < request.Days; d++)
        {
            var (meals, its) = PlanDay(request, foods, used);
            if (meals is null) return Infeasible(request, table, foods);
            days.Add(meals);
            iterations.Add(its);
            foreach (var item in meals.SelectMany(m => m.Items)) used.Add(item.Food.Id);
        }
        return new PlanResult { Feasible = true, Days = days, Iterations = iterations };
    }

    /// <summary>Foods a plan may use: fit the pattern, not excluded, with energy and iron values, no tea or coffee.</summary>
    public static IReadOnlyList<Food> Candidates(PlanRequest request, FoodTable table, DietPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(table);
        return table.Foods.Where(f => f.Fits(pattern) && f.Plannable
                && f.Group != FoodGroup.PolyphenolBeverage
                && f.Per100G.Kcal is not null && f.Per100G.IronMg is not null
                && f.Per100G.ProteinG is not null && f.Per100G.FatG is not null && f.Per100G.CarbohydrateG is not null
                && !request.Exclude.Any(e => f.Id.Contains(e, StringComparison.OrdinalIgnoreCase) || f.Name.Contains(e, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private static (IReadOnlyList<Meal>? Meals, IReadOnlyList<PlanIteration> Iterations) PlanDay(PlanRequest r, IReadOnlyList<Food> foods, IReadOnlySet<string> used)
    {
        var its = new List<PlanIteration>();
        if (r.Integer) foods = Shortlist.For(r, foods, used);
        var locks = Enumerable.Repeat(EnhancerLock.VitaminC, r.Meals).ToArray();
        for (var i = 1; i <= MaxIterations; i++)
        {
            using var model = new PlanModel(r, foods, locks, r.Integer ? PlanObjective.Deviation : PlanObjective.MinGrams, true, true, true, used);
            if (!model.Solve())
            {
                if (!model.ProvedInfeasible && r.TimeLimitSeconds < 60) return PlanDay(r with { TimeLimitSeconds = r.TimeLimitSeconds * 3 }, foods, used);
                if (used.Count > 0) return PlanDay(r, foods, new HashSet<string>());
                if (locks.All(l => l == EnhancerLock.None)) return (null, its);
                locks = Enumerable.Repeat(EnhancerLock.None, r.Meals).ToArray();
                continue;
            }
            var linear = model.Absorbed.SolutionValue();
            var solution = model.Solution();
            var exact = solution.Select(m => r.Model.Evaluate(m)).ToList();
            its.Add(new PlanIteration(i, linear, exact.Sum(e => e.AbsorbedIronMg), locks.Select(l => l == EnhancerLock.None ? 0 : 1).ToList()));
            var next = exact.Select(e => !e.Enhanced ? EnhancerLock.None : e.VitaminCMg >= AbsorptionCoefficients.EnhancerVitaminCMg ? EnhancerLock.VitaminC : EnhancerLock.Mfp).ToArray();
            var same = next.Select(l => l != EnhancerLock.None).SequenceEqual(locks.Select(l => l != EnhancerLock.None));
            if (same && exact.Sum(e => e.AbsorbedIronMg) >= r.AbsorbedTargetMg - 1e-6)
                return (solution.Select((items, k) => new Meal(MealName(k, r.Meals), items.Select(t => new MealItem(t.Food, t.Grams)).ToList())).ToList(), its);
            locks = next;
        }
        return (null, its);
    }

    private static PlanResult Infeasible(PlanRequest r, FoodTable table, IReadOnlyList<Food> foods)
    {
        var why = new List<string>();
        string binding;
        var noUse = new HashSet<string>();
        var vitC = Enumerable.Repeat(EnhancerLock.VitaminC, r.Meals).ToArray();
        var relaxed = r with { Integer = false };
        double? best = Max(r, foods, vitC) ?? Max(r, foods, Enumerable.Repeat(EnhancerLock.None, r.Meals).ToArray());
        if (best is null)
        {
            using var noMacros = new PlanModel(relaxed, foods, new EnhancerLock[r.Meals], PlanObjective.MaxAbsorbed, false, true, false, noUse);
            binding = "energy-and-macronutrients";
            why.Add(string.Create(Inv, $"No {Pattern(r)} day of {r.Meals} meals with at most {r.MaxFoodsPerMeal} foods each, {r.MinFoodGroups} food groups and 90-100% of {r.Kcal:0} kcal meets the macronutrient ranges (IOM 2005 AMDR)."));
            why.Add(noMacros.Solve() ? "It becomes feasible without the macronutrient ranges: the food choice for this pattern and energy budget cannot balance protein, fat and carbohydrate." : "It stays infeasible even without the macronutrient ranges: allow more foods per meal, fewer required food groups, fewer exclusions or another energy budget.");
            return new PlanResult { Feasible = false, Days = [], Iterations = [], Explanation = why, BindingConstraint = binding };
        }
        if (best >= r.AbsorbedTargetMg)
        {
            why.Add(string.Create(Inv, $"No plan was found within the time limit, although the relaxed problem (no portion minimums, food counts or variety) reaches {best:0.00} mg of the {r.AbsorbedTargetMg:0.00} mg target."));
            why.Add(string.Create(Inv, $"Allowing more foods per meal (now {r.MaxFoodsPerMeal}), fewer required food groups (now {r.MinFoodGroups}) or more meals may make it feasible."));
            return new PlanResult { Feasible = false, Days = [], Iterations = [], Explanation = why, BindingConstraint = "portions-and-variety" };
        }
        binding = "absorbed-iron-target";
        why.Add(string.Create(Inv, $"The absorbed-iron target of {r.AbsorbedTargetMg:0.00} mg/day cannot be met: even without portion and variety limits a {Pattern(r)} day within {r.Kcal:0} kcal reaches at most {best:0.00} mg (serum ferritin {r.Model.FerritinUgPerL:0} µg/L, iron below the UL of {r.IronUlMg:0} mg)."));
        using (var minKcal = new PlanModel(relaxed, foods, vitC, PlanObjective.MinKcal, true, false, true, noUse))
        {
            if (minKcal.Solve())
                why.Add(string.Create(Inv, $"The energy budget binds: the target needs at least about {Math.Ceiling(minKcal.Energy.SolutionValue() / 50) * 50:0} kcal/day with this pattern (a lower bound from the relaxed problem)."));
            else
                why.Add("No energy budget makes it feasible with this pattern and these limits: the iron upper limit and portion bounds bind.");
        }
        foreach (var looser in new[] { DietPattern.Vegetarian, DietPattern.Pescatarian, DietPattern.Omnivore }.Where(p => p < r.Pattern))
        {
            var f2 = Candidates(r, table, looser);
            if (Max(r with { Pattern = looser }, f2, vitC) is { } b && b >= r.AbsorbedTargetMg)
            {
                why.Add(string.Create(Inv, $"A {looser.ToString().ToLowerInvariant()} pattern within the same budget reaches {b:0.00} mg."));
                break;
            }
        }
        why.Add("Otherwise discuss with a clinician: a lower clinician-set target (--target) or iron supplementation are decisions for them.");
        return new PlanResult { Feasible = false, Days = [], Iterations = [], Explanation = why, BindingConstraint = binding };
    }

    private static double? Max(PlanRequest r, IReadOnlyList<Food> foods, EnhancerLock[] locks)
    {
        // The linear relaxation (no portion minimums, food counts or variety) bounds every integer plan from above.
        using var m = new PlanModel(r with { Integer = false }, foods, locks, PlanObjective.MaxAbsorbed, false, true, true, new HashSet<string>());
        if (!m.Solve()) return null;
        return m.Absorbed.SolutionValue();
    }

    /// <summary>
    /// Solves the linear relaxation of one day (all meals enhanced by a locked vitamin C constraint, objective: least
    /// total grams) and returns the optimal objective; used to benchmark against other LP solvers.
    /// </summary>
    internal static (bool Solved, double Objective, string Mps) SolveLinearDay(PlanRequest request, IReadOnlyList<Food> foods, bool exportMps)
    {
        var lp = request with { Integer = false };
        using var m = new PlanModel(lp, foods, Enumerable.Repeat(EnhancerLock.VitaminC, lp.Meals).ToArray(), PlanObjective.MinGrams, true, true, true, new HashSet<string>());
        var mps = exportMps ? m.Solver.ExportModelAsMpsFormat(false, false) : "";
        var ok = m.Solve();
        return (ok, ok ? m.Solver.Objective().Value() : double.NaN, mps);
    }

    private static string Pattern(PlanRequest r) => r.Pattern.ToString().ToLowerInvariant();

    /// <summary>Names meals "breakfast", "lunch", "dinner", then "snack N".</summary>
    public static string MealName(int k, int meals) => (k, meals) switch
    {
        (0, > 1) => "breakfast",
        (1, 2) => "dinner",
        (1, _) => "lunch",
        (2, _) => "dinner",
        (0, 1) => "day",
        _ => "snack " + (k - 2).ToString(Inv),
    };

    private static void Validate(PlanRequest r)
    {
        void Check(bool ok, string field, double value, string accepted)
        {
            if (!ok) throw new InputErrorException(new InputError("plan.out-of-range", "value out of range") { Field = field, Value = value.ToString(Inv), Accepted = accepted });
        }
        Check(r.Kcal is >= 800 and <= 5000, "kcal", r.Kcal, "800 to 5000 kcal");
        Check(r.Meals is >= 1 and <= 6, "meals", r.Meals, "1 to 6");
        Check(r.Days is >= 1 and <= 14, "days", r.Days, "1 to 14");
        Check(r.MaxFoodsPerMeal is >= 1 and <= 12, "max-foods", r.MaxFoodsPerMeal, "1 to 12");
        Check(r.MinFoodGroups is >= 0 and <= 10, "min-groups", r.MinFoodGroups, "0 to 10");
    }
}
