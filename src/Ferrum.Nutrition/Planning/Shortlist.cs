using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Planning;

/// <summary>
/// Picks the foods the mixed-integer day model chooses from, so it solves in seconds: the foods of the usual day, the
/// best sources of absorbable iron and of vitamin C per 100 kcal, and the best iron sources of every food group.
/// Foods used on earlier days of a multi-day plan are left out while enough others remain (variety across the week).
/// </summary>
internal static class Shortlist
{
    public const int TopIron = 25, TopVitaminC = 15, PerGroup = 3;

    public static IReadOnlyList<Food> For(PlanRequest r, IReadOnlyList<Food> foods, IReadOnlySet<string> used)
    {
        var fresh = foods.Where(f => !used.Contains(f.Id)).ToList();
        var pool = fresh.Count >= 60 ? fresh : foods.ToList();
        var a1 = r.Model.NonHemeAbsorption(1);
        double PerKcal(Food f, double v) => v / Math.Max(f.Per100G.Kcal ?? 0, 20);
        double Iron(Food f)
        {
            var heme = AbsorptionModel.HemeIronMg(f, 100);
            return PerKcal(f, heme * AbsorptionCoefficients.HemeAvailability + ((f.Per100G.IronMg ?? 0) - heme) * a1);
        }
        var picked = new List<Food>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(IEnumerable<Food> some)
        {
            foreach (var f in some) if (seen.Add(f.Id)) picked.Add(f);
        }
        if (r.Usual is not null)
        {
            var usualIds = r.Usual.SelectMany(m => m.Items).Select(i => i.Food.Id).ToHashSet(StringComparer.Ordinal);
            Add(foods.Where(f => usualIds.Contains(f.Id)));
        }
        Add(pool.OrderByDescending(Iron).ThenBy(f => f.Id, StringComparer.Ordinal).Take(TopIron));
        Add(pool.OrderByDescending(f => PerKcal(f, f.Per100G.VitaminCMg ?? 0)).ThenBy(f => f.Id, StringComparer.Ordinal).Take(TopVitaminC));
        foreach (var g in pool.GroupBy(f => f.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
            Add(g.OrderByDescending(Iron).ThenBy(f => f.Id, StringComparer.Ordinal).Take(PerGroup));
        return picked;
    }
}
