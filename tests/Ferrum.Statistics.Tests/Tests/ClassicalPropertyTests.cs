using CsCheck;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Effects;
using Ferrum.Statistics.Tests;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class ClassicalPropertyTests
{
    private static readonly Gen<double[]> Values = Gen.Double[-100, 100].Array[3, 40];

    private static bool InUnit(double p) => p >= 0 && p <= 1;

    [Fact]
    public void T_test_p_values_lie_in_the_unit_interval_and_intervals_hold_the_estimate() =>
        Gen.Select(Values, Values).Sample((x, y) =>
        {
            foreach (var alt in new[] { Alternative.TwoSided, Alternative.Less, Alternative.Greater })
            {
                foreach (var varEqual in new[] { false, true })
                {
                    var t = TTest.TwoSample(x, y, varEqual, alternative: alt);
                    var diff = t.Estimates["mean of x"] - t.Estimates["mean of y"];
                    if (!InUnit(t.PValue) || !t.ConfidenceInterval!.Value.Contains(diff)) return false;
                }
            }

            return true;
        });

    [Fact]
    public void Fisher_p_values_lie_in_the_unit_interval_and_the_interval_holds_the_odds_ratio() =>
        Gen.Int[0, 15].Array[4].Sample(c =>
        {
            var table = new[,] { { c[0], c[1] }, { c[2], c[3] } };
            if (c[0] + c[2] == 0 || c[1] + c[3] == 0 || c[0] + c[1] == 0 || c[2] + c[3] == 0) return true;
            var f = FisherExactTest.Test(table);
            var or = f.Estimates["odds ratio"];
            var ci = f.ConfidenceInterval!.Value;
            return InUnit(f.PValue) && ci.Lower <= or * (1 + 1e-6) && or <= ci.Upper * (1 + 1e-6);
        });

    [Fact]
    public void Chi_squared_and_Kruskal_Wallis_p_values_lie_in_the_unit_interval() =>
        Gen.Select(Values, Values, Gen.Int[1, 30].Array[4]).Sample((x, y, c) =>
            InUnit(KruskalWallisTest.Test([x, y]).PValue)
            && InUnit(ChiSquaredTest.Independence(new double[,] { { c[0], c[1] }, { c[2], c[3] } }).PValue));

    [Fact]
    public void Rank_biserial_is_2_U_over_n1_n2_minus_1() =>
        Gen.Select(Values, Values).Sample((x, y) =>
        {
            var u = WilcoxonTest.RankSum(x, y, exact: false).Statistic;
            var r = RankBiserial.Compute(x, y).Estimate;
            return Math.Abs(r - (2 * u / (x.Length * (double)y.Length) - 1)) < 1e-12 && r >= -1 && r <= 1;
        });

    [Fact]
    public void Shapiro_Wilk_statistic_lies_in_the_unit_interval() =>
        Values.Where(x => x.Distinct().Count() > 1).Sample(x =>
        {
            var s = ShapiroWilkTest.Test(x);
            return s.Statistic > 0 && s.Statistic <= 1 && InUnit(s.PValue);
        });
}
