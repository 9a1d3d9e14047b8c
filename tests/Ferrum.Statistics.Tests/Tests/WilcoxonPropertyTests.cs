using CsCheck;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class WilcoxonPropertyTests
{
    private const string File = "classical_wilcoxon_conditional.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    /// <summary>Samples with many ties (small integers) or none (continuous values).</summary>
    private static readonly Gen<(double[] X, double[] Y)> Samples = Gen.OneOf(
        Gen.Select(Gen.Int[0, 6].Select(i => (double)i).Array[1, 30], Gen.Int[0, 6].Select(i => (double)i).Array[1, 30]),
        Gen.Select(Gen.Double[-1e3, 1e3].Array[1, 60], Gen.Double[-1e3, 1e3].Array[1, 60]));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exact_conditional_distribution_with_ties_matches_enumeration(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        var y = c.GetProperty("y").Numbers();
        var r = WilcoxonTest.RankSum(x, y, HtestAssert.ParseAlternative(c.Text("alternative")), exactConditional: true);
        var ties = x.Concat(y).Distinct().Count() < x.Length + y.Length;
        Assert.Equal(ties ? "Wilcoxon rank sum exact test (conditional on ties)" : "Wilcoxon rank sum exact test", r.Method);
        Approx.Equal(c.GetProperty("W").Number(), r.Statistic, what: "W");
        Approx.Equal(c.GetProperty("p").Number(), r.PValue, what: "p");
    }

    [Fact]
    public void W_of_x_against_y_plus_W_of_y_against_x_is_n1_n2() =>
        Samples.Where(s => s.X.Concat(s.Y).Distinct().Count() > 1).Sample(s =>
            WilcoxonTest.RankSum(s.X, s.Y).Statistic + WilcoxonTest.RankSum(s.Y, s.X).Statistic == (double)s.X.Length * s.Y.Length);

    [Fact]
    public void P_values_lie_in_the_unit_interval_for_every_method_and_alternative() =>
        Samples.Where(s => s.X.Concat(s.Y).Distinct().Count() > 1).Sample(s =>
        {
            foreach (var alt in new[] { Alternative.TwoSided, Alternative.Less, Alternative.Greater })
            {
                foreach (var exact in new bool?[] { null, false, true })
                {
                    var p = WilcoxonTest.RankSum(s.X, s.Y, alt, exact: exact, exactConditional: exact == true && s.X.Length + s.Y.Length <= 40).PValue;
                    if (!(p >= 0 && p <= 1)) return false;
                }
            }

            return true;
        }, iter: 60);

    [Fact]
    public void Kruskal_Wallis_on_two_groups_equals_the_uncorrected_normal_rank_sum_test() =>
        Samples.Where(s => s.X.Concat(s.Y).Distinct().Count() > 1).Sample(s =>
        {
            var kw = KruskalWallisTest.Test([s.X, s.Y]).PValue;
            var w = WilcoxonTest.RankSum(s.X, s.Y, exact: false, correct: false).PValue;
            return Math.Abs(kw - w) <= 1e-9 * Math.Max(w, 1e-300) || Math.Abs(kw - w) < 1e-14;
        });

    [Fact]
    public void Radix_sort_agrees_with_array_sort() =>
        Gen.OneOf(Gen.Double.Array[4096, 9000], Gen.Int[-50, 50].Select(i => i == 0 ? -0.0 : i / 4.0).Array[4096, 9000]).Sample(values =>
        {
            var a = (double[])values.Clone();
            var b = (double[])values.Clone();
            Array.Sort(a);
            DoubleSort.Sort(b);
            return a.Zip(b).All(p => p.First == p.Second);
        }, iter: 20);

    [Fact]
    public void Hodges_Lehmann_interval_contains_the_estimate() =>
        // R (and Ferrum) refuse the interval when every pairwise difference x − y is the same (all tied), e.g. x = [6, 6], y = [2].
        Samples.Where(s => s.X.SelectMany(x => s.Y.Select(y => x - y)).Distinct().Count() > 1).Sample(s =>
        {
            var r = WilcoxonTest.RankSum(s.X, s.Y, confInt: true);
            var ci = r.ConfidenceInterval!.Value;
            var est = r.Estimates["difference in location"];
            return ci.Lower <= est + 1e-3 && est - 1e-3 <= ci.Upper;
        }, iter: 100);
}
