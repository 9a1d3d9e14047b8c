using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Power;

/// <summary>
/// Power of the two-sample comparison of proportions and the sample size per group it needs, as R's
/// <c>power.prop.test</c> (normal approximation; <c>strict</c> adds the opposite tail for two-sided tests).
/// </summary>
public static class PowerPropTest
{
    private const string Method = "Two-sample comparison of proportions power calculation";

    /// <summary>Power with n per group.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range (<c>stats.invalid-argument</c>).</exception>
    public static PowerCalculation Power(double n, double p1, double p2, double sigLevel = 0.05, bool oneSided = false, bool strict = false)
    {
        PowerTTest.Check(n, nameof(n), 1);
        Validate(p1, p2, sigLevel, 0.5);
        return Result(n, p1, p2, sigLevel, Compute(n, p1, p2, sigLevel, oneSided, strict));
    }

    /// <summary>Sample size per group reaching <paramref name="power"/>; not rounded, as R.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range or equal proportions (<c>stats.invalid-argument</c>).</exception>
    public static PowerCalculation SampleSize(double p1, double p2, double power, double sigLevel = 0.05, bool oneSided = false, bool strict = false)
    {
        Validate(p1, p2, sigLevel, power);
        if (p1 == p2) throw DataChecks.Invalid(nameof(p2), "p1 equals p2: no sample size gives power above the significance level.");
        var n = RootSearch.Solve(m => Compute(m, p1, p2, sigLevel, oneSided, strict) - power, 1, 1e7, "n");
        return Result(n, p1, p2, sigLevel, power);
    }

    internal static double Compute(double n, double p1, double p2, double sigLevel, bool oneSided, bool strict)
    {
        var sides = oneSided ? 1.0 : 2.0;
        var qu = Normal.InvCDF(0, 1, 1 - (sigLevel / sides));
        if (strict && !oneSided)
        {
            var d = Math.Abs(p1 - p2);
            double q1 = 1 - p1, q2 = 1 - p2, pbar = (p1 + p2) / 2, qbar = 1 - pbar;
            double v1 = p1 * q1, v2 = p2 * q2, vbar = pbar * qbar;
            return Normal.CDF(0, 1, ((Math.Sqrt(n) * d) - (qu * Math.Sqrt(2 * vbar))) / Math.Sqrt(v1 + v2))
                + Normal.CDF(0, 1, -((Math.Sqrt(n) * d) + (qu * Math.Sqrt(2 * vbar))) / Math.Sqrt(v1 + v2));
        }

        return Normal.CDF(0, 1, ((Math.Sqrt(n) * Math.Abs(p1 - p2)) - (qu * Math.Sqrt((p1 + p2) * (1 - ((p1 + p2) / 2))))) / Math.Sqrt((p1 * (1 - p1)) + (p2 * (1 - p2))));
    }

    private static PowerCalculation Result(double n, double p1, double p2, double sigLevel, double power) => new()
    {
        N = n, Effect = p2, SigLevel = sigLevel, Power = power, Method = Method, Note = "n is number in *each* group",
        Parameters = new Dictionary<string, double> { ["p1"] = p1, ["p2"] = p2 },
    };

    private static void Validate(double p1, double p2, double sigLevel, double power)
    {
        DataChecks.OpenUnit(p1, nameof(p1));
        DataChecks.OpenUnit(p2, nameof(p2));
        DataChecks.OpenUnit(sigLevel, "sig.level");
        DataChecks.OpenUnit(power, nameof(power));
    }
}
