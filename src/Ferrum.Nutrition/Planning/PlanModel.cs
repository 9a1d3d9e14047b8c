using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Google.OrTools.LinearSolver;

namespace Ferrum.Nutrition.Planning;

/// <summary>Which constraints a build of the day model includes and what it optimises.</summary>
internal enum PlanObjective { Deviation, MaxAbsorbed, MinKcal, MinGrams }

/// <summary>How each meal is assumed to be enhanced in one solve of the fixed-point loop.</summary>
internal enum EnhancerLock { None, VitaminC, Mfp }

/// <summary>The OR-Tools model of one day: x[meal, food] grams, y[meal, food] chosen (MIP mode).</summary>
internal sealed class PlanModel : IDisposable
{
    private readonly PlanRequest _r;
    private readonly IReadOnlyList<Food> _foods;

    public PlanModel(PlanRequest request, IReadOnlyList<Food> foods, IReadOnlyList<EnhancerLock> locks, PlanObjective objective,
        bool withTarget, bool withEnergyBudget, bool withMacros, IReadOnlySet<string> penalised)
    {
        _r = request;
        _foods = foods;
        Locks = locks;
        Solver = (request.Integer ? Solver.CreateSolver("SCIP") ?? Solver.CreateSolver("CBC") : Solver.CreateSolver("GLOP"))
                 ?? throw new InvalidOperationException("no OR-Tools solver available");
        Solver.SetTimeLimit((long)(request.TimeLimitSeconds * 1000));
        int m = request.Meals, n = foods.Count;
        X = new Variable[m, n];
        Y = request.Integer ? new Variable[m, n] : null;
        var energy = new LinearExpr();
        var protein = new LinearExpr();
        var fat = new LinearExpr();
        var carb = new LinearExpr();
        var iron = new LinearExpr();
        Absorbed = new LinearExpr();
        var dev = new LinearExpr();
        var usual = Usual(request, foods);
        for (var k = 0; k < m; k++)
        {
            var count = new LinearExpr();
            var vitC = new LinearExpr();
            var mfp = new LinearExpr();
            var mealKcal = new LinearExpr();
            var a = request.Model.NonHemeAbsorption(locks[k] == EnhancerLock.None ? 0 : 1);
            for (var f = 0; f < n; f++)
            {
                var food = foods[f];
                var (min, max) = Bounds(food);
                var x = X[k, f] = Solver.MakeNumVar(0, max, $"x{k}_{f}");
                var p = food.Per100G;
                energy += x * ((p.Kcal ?? 0) / 100);
                mealKcal += x * ((p.Kcal ?? 0) / 100);
                protein += x * ((p.ProteinG ?? 0) / 100);
                fat += x * ((p.FatG ?? 0) / 100);
                carb += x * ((p.CarbohydrateG ?? 0) / 100);
                iron += x * ((p.IronMg ?? 0) / 100);
                vitC += x * ((p.VitaminCMg ?? 0) / 100);
                if (food.Mfp) mfp += x;
                var heme = AbsorptionModel.HemeIronMg(food, 100);
                var coef = (heme * AbsorptionCoefficients.HemeAvailability + ((p.IronMg ?? 0) - heme) * a) / 100;
                Absorbed += x * coef;
                if (Y is not null)
                {
                    var y = Y[k, f] = Solver.MakeIntVar(0, 1, $"y{k}_{f}");
                    Solver.Add(x <= max * y);
                    Solver.Add(x >= min * y);
                    count += y;
                    if (penalised.Contains(food.Id)) dev += y * 150;
                    if (objective == PlanObjective.Deviation)
                    {
                        var target = usual.TryGetValue((k, food.Id), out var u) ? u : 0;
                        var d = Solver.MakeNumVar(0, double.PositiveInfinity, $"d{k}_{f}");
                        if (usual.Count > 0)
                        {
                            Solver.Add(d >= x - target);
                            Solver.Add(d >= target - x);
                        }
                        else
                        {
                            var portion = food.Portion?.Grams ?? min;
                            Solver.Add(d >= x - portion * y);
                            Solver.Add(d >= portion * y - x);
                            dev += y * 20;
                        }
                        dev += d;
                    }
                }
            }
            if (Y is not null) Solver.Add(count <= request.MaxFoodsPerMeal);
            if (locks[k] == EnhancerLock.VitaminC) Solver.Add(vitC >= AbsorptionCoefficients.EnhancerVitaminCMg + DayPlanner.LockMargin);
            if (locks[k] == EnhancerLock.Mfp) Solver.Add(mfp >= AbsorptionCoefficients.EnhancerMfpGrams + DayPlanner.LockMargin);
            if (withEnergyBudget && m > 1)
            {
                Solver.Add(mealKcal >= 0.15 * request.Kcal);
                Solver.Add(mealKcal <= 0.45 * request.Kcal);
            }
        }
        if (Y is not null)
        {
            for (var f = 0; f < n; f++)
            {
                var uses = new LinearExpr();
                for (var k = 0; k < m; k++) uses += Y[k, f];
                Solver.Add(uses <= 1);
            }
            var groups = new LinearExpr();
            foreach (var g in foods.Select((food, i) => (food.Group, i)).GroupBy(t => t.Group))
            {
                var z = Solver.MakeIntVar(0, 1, "g_" + g.Key);
                var any = new LinearExpr();
                foreach (var (_, f) in g) for (var k = 0; k < m; k++) any += Y[k, f];
                Solver.Add(z <= any);
                groups += z;
            }
            Solver.Add(groups >= request.MinFoodGroups);
        }
        if (withEnergyBudget)
        {
            Solver.Add(energy <= request.Kcal);
            Solver.Add(energy >= 0.9 * request.Kcal);
        }
        if (withMacros)
        {
            // IOM 2005 AMDR for adults: protein 10-35%, fat 20-35%, carbohydrate 45-65% of energy (4/9/4 kcal per g).
            Solver.Add(4 * protein >= 0.10 * energy);
            Solver.Add(4 * protein <= 0.35 * energy);
            Solver.Add(9 * fat >= 0.20 * energy);
            Solver.Add(9 * fat <= 0.35 * energy);
            Solver.Add(4 * carb >= 0.45 * energy);
            Solver.Add(4 * carb <= 0.65 * energy);
        }
        Solver.Add(iron <= request.IronUlMg);
        if (withTarget) Solver.Add(Absorbed >= request.AbsorbedTargetMg);
        Energy = energy;
        var totalGrams = new LinearExpr();
        for (var k = 0; k < m; k++) for (var f = 0; f < n; f++) totalGrams += X[k, f];
        switch (objective)
        {
            case PlanObjective.MaxAbsorbed: Solver.Maximize(Absorbed); break;
            case PlanObjective.MinKcal: Solver.Minimize(energy); break;
            case PlanObjective.MinGrams: Solver.Minimize(totalGrams + dev); break;
            default: Solver.Minimize(dev); break;
        }
    }

    public Solver Solver { get; }
    public Variable[,] X { get; }
    public Variable[,]? Y { get; }
    public LinearExpr Absorbed { get; }
    public LinearExpr Energy { get; }
    public IReadOnlyList<EnhancerLock> Locks { get; }

    /// <summary>Status of the last <see cref="Solve"/>.</summary>
    public Solver.ResultStatus Status { get; private set; } = Solver.ResultStatus.NOT_SOLVED;

    /// <summary>True when the last solve proved that no solution exists (not merely that none was found in time).</summary>
    public bool ProvedInfeasible => Status == Solver.ResultStatus.INFEASIBLE;

    /// <summary>Solves; true when an optimal or feasible solution was found.</summary>
    public bool Solve()
    {
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.05);
        var status = Status = Solver.Solve(parameters);
        return status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE;
    }

    /// <summary>Grams per meal and food of the current solution, dropping amounts below 1 g.</summary>
    public IReadOnlyList<IReadOnlyList<(Food Food, double Grams)>> Solution()
    {
        var meals = new List<IReadOnlyList<(Food, double)>>();
        for (var k = 0; k < X.GetLength(0); k++)
        {
            var items = new List<(Food, double)>();
            for (var f = 0; f < _foods.Count; f++)
            {
                var g = X[k, f].SolutionValue();
                if (g >= 1) items.Add((_foods[f], Math.Round(g, 1)));
            }
            meals.Add(items);
        }
        return meals;
    }

    /// <summary>Most energy one item may bring, kcal.</summary>
    internal const double MaxItemKcal = 350;

    /// <summary>Realistic portion bounds: half to twice the usual household portion, at most 400 g and 350 kcal.</summary>
    internal static (double Min, double Max) Bounds(Food food)
    {
        var p = food.Portion?.Grams is > 0 and var g ? g : 100;
        var max = Math.Min(400, 2 * p);
        if (food.Per100G.Kcal is > 0 and var kcal) max = Math.Min(max, MaxItemKcal * 100 / kcal);
        var min = Math.Min(Math.Max(1, 0.5 * p), max);
        return (min, max);
    }

    private static Dictionary<(int, string), double> Usual(PlanRequest r, IReadOnlyList<Food> foods)
    {
        var map = new Dictionary<(int, string), double>();
        if (r.Usual is null) return map;
        for (var k = 0; k < Math.Min(r.Usual.Count, r.Meals); k++)
            foreach (var item in r.Usual[k].Items)
                map[(k, item.Food.Id)] = map.GetValueOrDefault((k, item.Food.Id)) + item.Grams;
        return map;
    }

    public void Dispose() => Solver.Dispose();
}
