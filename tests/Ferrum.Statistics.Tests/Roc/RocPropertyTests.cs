using CsCheck;
using Ferrum.Statistics.Roc;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Roc;

public class RocPropertyTests
{
    private static readonly Gen<double[]> Group = Gen.Int[-20, 20].Select(i => i / 4.0).Array[2, 40];

    [Fact]
    public void Auc_equals_mann_whitney_u_over_n1_n2()
    {
        Gen.Select(Group, Group).Sample((controls, cases) =>
        {
            double u = 0;
            foreach (var c in controls)
            {
                foreach (var d in cases) u += d > c ? 1 : d == c ? 0.5 : 0;
            }

            var roc = RocCurve.Create(controls, cases, RocDirection.ControlsLower);
            Approx.Equal(u / (controls.Length * cases.Length), roc.Auc, 1e-12, "auc");
        });
    }

    [Fact]
    public void Delong_variance_is_invariant_to_monotone_transforms()
    {
        Gen.Select(Group, Group).Sample((controls, cases) =>
        {
            static double F(double x) => Math.Exp(x / 3) + (x * x * x);
            var a = DeLong.Estimate(controls, cases, RocDirection.ControlsLower);
            var b = DeLong.Estimate(controls.Select(F).ToArray(), cases.Select(F).ToArray(), RocDirection.ControlsLower);
            Assert.Equal(a.Auc, b.Auc);
            Approx.Equal(a.Variance, b.Variance, 1e-12, "variance");
        });
    }

    [Fact]
    public void Reversing_the_direction_gives_one_minus_the_auc_and_the_same_variance()
    {
        Gen.Select(Group, Group).Sample((controls, cases) =>
        {
            var lower = DeLong.Estimate(controls, cases, RocDirection.ControlsLower);
            var higher = DeLong.Estimate(controls, cases, RocDirection.ControlsHigher);
            Approx.Equal(1 - lower.Auc, higher.Auc, 1e-12, "auc");
            Approx.Equal(lower.Variance, higher.Variance, 1e-12, "variance");
        });
    }

    [Fact]
    public void Test_p_values_lie_in_zero_one()
    {
        Gen.Select(Group, Group, Group, Group).Sample((c1, d1, c2, d2) =>
        {
            var t = RocTest.DeLongUnpaired(RocCurve.Create(c1, d1), RocCurve.Create(c2, d2));
            Assert.True(double.IsNaN(t.PValue) || t.PValue is >= 0 and <= 1, $"p = {t.PValue}");
        });
    }
}
