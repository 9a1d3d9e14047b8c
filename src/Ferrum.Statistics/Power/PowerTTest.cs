using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Power;

/// <summary>
/// Power of the t test and the sample size or difference it needs, as R's <c>power.t.test</c>: power =
/// P(T′ &gt; t_{1−α/sides, ν}) with T′ noncentral t on ν = (n − 1)·k df and noncentrality √(n/k)·δ/sd
/// (k = 2 for two samples, 1 otherwise); <c>strict</c> adds the opposite tail for two-sided tests.
/// </summary>
public static class PowerTTest
{
    /// <summary>Power for n, δ, sd and α.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range (<c>stats.invalid-argument</c>).</exception>
    public static PowerCalculation Power(
        double n, double delta, double sd = 1, double sigLevel = 0.05, TTestType type = TTestType.TwoSample, bool oneSided = false, bool strict = false)
    {
        Check(n, nameof(n), 2);
        Validate(sd, sigLevel, 0.5);
        delta = oneSided ? delta : Math.Abs(delta);
        return Result(n, delta, sd, sigLevel, Compute(n, delta, sd, sigLevel, type, oneSided, strict), type);
    }

    /// <summary>Sample size (per group for two samples) reaching <paramref name="power"/>; not rounded, as R.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range, or no n up to the search limit reaches the power.</exception>
    public static PowerCalculation SampleSize(
        double delta, double power, double sd = 1, double sigLevel = 0.05, TTestType type = TTestType.TwoSample, bool oneSided = false, bool strict = false)
    {
        Validate(sd, sigLevel, power);
        delta = oneSided ? delta : Math.Abs(delta);
        var n = RootSearch.Solve(m => Compute(m, delta, sd, sigLevel, type, oneSided, strict) - power, 2, 1e7, "n");
        return Result(n, delta, sd, sigLevel, power, type);
    }

    /// <summary>The true difference in means detectable with <paramref name="power"/> at n.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range, or no difference reaches the power.</exception>
    public static PowerCalculation Delta(
        double n, double power, double sd = 1, double sigLevel = 0.05, TTestType type = TTestType.TwoSample, bool oneSided = false, bool strict = false)
    {
        Check(n, nameof(n), 2);
        Validate(sd, sigLevel, power);
        var delta = RootSearch.Solve(d => Compute(n, d, sd, sigLevel, type, oneSided, strict) - power, sd * 1e-7, sd * 1e7, "delta");
        return Result(n, delta, sd, sigLevel, power, type);
    }

    internal static double Compute(double n, double delta, double sd, double sigLevel, TTestType type, bool oneSided, bool strict)
    {
        var k = type == TTestType.TwoSample ? 2.0 : 1.0;
        var sides = oneSided ? 1.0 : 2.0;
        var nu = Math.Max(1e-7, n - 1) * k;
        var qu = StudentT.InvCDF(0, 1, nu, 1 - (sigLevel / sides));
        var ncp = Math.Sqrt(n / k) * delta / sd;
        var p = NoncentralT.Cdf(qu, nu, ncp, lowerTail: false);
        if (strict && !oneSided) p += NoncentralT.Cdf(-qu, nu, ncp, lowerTail: true);
        return p;
    }

    private static PowerCalculation Result(double n, double delta, double sd, double sigLevel, double power, TTestType type) => new()
    {
        N = n,
        Effect = delta,
        SigLevel = sigLevel,
        Power = power,
        Method = type switch
        {
            TTestType.OneSample => "One-sample t test power calculation",
            TTestType.Paired => "Paired t test power calculation",
            _ => "Two-sample t test power calculation",
        },
        Note = type switch
        {
            TTestType.Paired => "n is number of *pairs*, sd is std.dev. of *differences* within pairs",
            TTestType.TwoSample => "n is number in *each* group",
            _ => null,
        },
        Parameters = new Dictionary<string, double> { ["sd"] = sd },
    };

    private static void Validate(double sd, double sigLevel, double power)
    {
        if (!(sd > 0) || !double.IsFinite(sd)) throw DataChecks.Invalid("sd", $"sd is {sd}; it must be a positive number.");
        DataChecks.OpenUnit(sigLevel, "sig.level");
        DataChecks.OpenUnit(power, "power");
    }

    internal static void Check(double value, string name, double minimum)
    {
        if (!(value >= minimum) || !double.IsFinite(value)) throw DataChecks.Invalid(name, $"{name} is {value}; it must be a number ≥ {minimum}.");
    }
}
