using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Planning;

namespace Ferrum.Benchmarks.Nutrition;

/// <summary>
/// Plans one day over the full USDA SR28 table (8,789 foods × 3 meals, linear program, GLOP) and over the curated table
/// (mixed-integer, SCIP). <see cref="GlobalSetup"/> writes the SR28 LP as MPS to <c>bench/results/diet-plan-sr28.mps</c>
/// for <c>bench/peers/linprog.py</c> (scipy HiGHS) to solve the same program.
/// </summary>
[MemoryDiagnoser]
public class DietPlanBenchmarks
{
    private IReadOnlyList<Food> _sr28 = [];
    private IReadOnlyList<Food> _curated = [];
    private PlanRequest _request = null!;

    /// <summary>Loads SR28 from the shared folder above the repository and exports the LP.</summary>
    [GlobalSetup]
    public void GlobalSetup()
    {
        var dir = FindUp(Path.Combine("shared", "data", "usda-sr-legacy")) ?? throw new DirectoryNotFoundException("shared/data/usda-sr-legacy not found above " + Environment.CurrentDirectory);
        StreamReader Open(string n) => new(Path.Combine(dir, n), Encoding.Latin1);
        using var fd = Open("FOOD_DES.txt");
        using var fg = Open("FD_GROUP.txt");
        using var nd = Open("NUT_DATA.txt");
        using var w = Open("WEIGHT.txt");
        var table = new FoodTable(Sr28Reader.Read(fd, fg, nd, w).Foods);
        _request = new PlanRequest { AbsorbedTargetMg = 3.24, IronUlMg = 45, Model = new AbsorptionModel(15), Kcal = 2000, Meals = 3, TimeLimitSeconds = 60 };
        _sr28 = DayPlanner.Candidates(_request, table, DietPattern.Omnivore);
        _curated = DayPlanner.Candidates(_request, FoodTable.Default, DietPattern.Omnivore);
        var (ok, objective, mps) = DayPlanner.SolveLinearDay(_request, _sr28, exportMps: true);
        var repo = FindUp("Ferrum.slnx", file: true)!;
        var results = Path.Combine(Path.GetDirectoryName(repo)!, "bench", "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "diet-plan-sr28.mps"), mps);
        File.WriteAllText(Path.Combine(results, "diet-plan-sr28.ferrum.txt"),
            string.Create(CultureInfo.InvariantCulture, $"foods {_sr28.Count}\nsolved {ok}\nobjective {objective:R}\n"));
    }

    /// <summary>Builds and solves the day LP over the full SR28 table with GLOP.</summary>
    [Benchmark]
    public double LinearDayOverFullSr28() => DayPlanner.SolveLinearDay(_request, _sr28, exportMps: false).Objective;

    /// <summary>Plans one mixed-integer day over the curated table (fixed point included).</summary>
    [Benchmark]
    public int MixedIntegerDayOverCuratedTable() => DayPlanner.Plan(_request, new FoodTable(_curated)).Days.Count;

    private static string? FindUp(string relative, bool file = false)
    {
        for (var d = new DirectoryInfo(Environment.CurrentDirectory); d is not null; d = d.Parent)
        {
            var p = Path.Combine(d.FullName, relative);
            if (file ? File.Exists(p) : Directory.Exists(p)) return p;
        }
        return null;
    }
}
