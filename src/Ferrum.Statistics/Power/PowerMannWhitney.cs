using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Power;

/// <summary>
/// Sample size and power of the Wilcoxon–Mann–Whitney test by Noether's formula (Noether 1987, JASA 82:645–647):
/// N = (z_{1−α/sides} + z_{1−β})² / (12·c·(1 − c)·(p − ½)²), with p = P(Y &gt; X) and c the fraction of N in the
/// first group. R's stats has no such function; the goldens evaluate the same formula in R.
/// </summary>
public static class PowerMannWhitney
{
    private const string Method = "Wilcoxon-Mann-Whitney sample size (Noether 1987)";

    /// <summary>Total sample size N (both groups) for P(Y &gt; X) = <paramref name="p"/>.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range, or p = ½ (<c>stats.invalid-argument</c>).</exception>
    public static PowerCalculation SampleSize(double p, double power, double sigLevel = 0.05, double fraction = 0.5, bool oneSided = false)
    {
        Validate(p, sigLevel, fraction);
        DataChecks.OpenUnit(power, nameof(power));
        if (p == 0.5) throw DataChecks.Invalid(nameof(p), "p = 0.5 is no effect: no sample size detects it.");
        var za = Normal.InvCDF(0, 1, 1 - (sigLevel / (oneSided ? 1 : 2)));
        var zb = Normal.InvCDF(0, 1, power);
        var n = (za + zb) * (za + zb) / (12 * fraction * (1 - fraction) * (p - 0.5) * (p - 0.5));
        return Result(n, p, sigLevel, power, fraction);
    }

    /// <summary>Power with N in total: Φ(√(12·c·(1 − c)·N)·|p − ½| − z_{1−α/sides}).</summary>
    /// <exception cref="StatisticsInputException">An argument out of range (<c>stats.invalid-argument</c>).</exception>
    public static PowerCalculation Power(double n, double p, double sigLevel = 0.05, double fraction = 0.5, bool oneSided = false)
    {
        Validate(p, sigLevel, fraction);
        PowerTTest.Check(n, nameof(n), 2);
        var za = Normal.InvCDF(0, 1, 1 - (sigLevel / (oneSided ? 1 : 2)));
        var power = Normal.CDF(0, 1, (Math.Sqrt(12 * fraction * (1 - fraction) * n) * Math.Abs(p - 0.5)) - za);
        return Result(n, p, sigLevel, power, fraction);
    }

    private static PowerCalculation Result(double n, double p, double sigLevel, double power, double fraction) => new()
    {
        N = n, Effect = p, SigLevel = sigLevel, Power = power, Method = Method, Note = "N is the total of both groups",
        Parameters = new Dictionary<string, double> { ["fraction"] = fraction },
    };

    private static void Validate(double p, double sigLevel, double fraction)
    {
        DataChecks.OpenUnit(p, nameof(p));
        DataChecks.OpenUnit(sigLevel, "sig.level");
        DataChecks.OpenUnit(fraction, nameof(fraction));
    }
}
