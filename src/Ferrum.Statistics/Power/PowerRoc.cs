using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Power;

/// <summary>
/// Power and sample size for testing one AUC against 0.5, and the Hanley–McNeil standard error of an AUC.
/// </summary>
/// <remarks>
/// Obuchowski &amp; McClish (1997, Statistics in Medicine 16:1529–1542), as pROC 1.18's <c>power.roc.test</c> for one
/// curve: N_cases = (z_α·√V₀ + z_β·√V_A)² / (AUC − ½)², V₀ = 0.0792·(1 + 1/κ), V_A = 0.0099·e^{−A²/2}·((5A² + 8) +
/// (A² + 8)/κ), A = 1.414·Φ⁻¹(AUC) (pROC's constant for √2), κ = controls/cases. Hanley &amp; McNeil (1982, Radiology
/// 143:29–36): SE² = (A(1 − A) + (n_cases − 1)(Q₁ − A²) + (n_controls − 1)(Q₂ − A²)) / (n_cases·n_controls),
/// Q₁ = A/(2 − A), Q₂ = 2A²/(1 + A).
/// </remarks>
public static class PowerRoc
{
    private const string Method = "One ROC curve power calculation";

    /// <summary>Number of cases (controls = κ·cases) to detect <paramref name="auc"/> against 0.5.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range (<c>stats.invalid-argument</c>).</exception>
    public static PowerCalculation Cases(double auc, double power, double sigLevel = 0.05, double kappa = 1, bool oneSided = false)
    {
        Validate(auc, sigLevel, kappa);
        DataChecks.OpenUnit(power, nameof(power));
        var za = Normal.InvCDF(0, 1, 1 - (sigLevel / (oneSided ? 1 : 2)));
        var zb = Normal.InvCDF(0, 1, power);
        var root = (za * Math.Sqrt(V0(kappa))) + (zb * Math.Sqrt(VA(auc, kappa)));
        var cases = root * root / ((auc - 0.5) * (auc - 0.5));
        return Result(cases, kappa, auc, sigLevel, power);
    }

    /// <summary>Power to detect <paramref name="auc"/> against 0.5 with the given group sizes.</summary>
    /// <exception cref="StatisticsInputException">An argument out of range (<c>stats.invalid-argument</c>).</exception>
    public static PowerCalculation Power(double auc, double cases, double controls, double sigLevel = 0.05, bool oneSided = false)
    {
        PowerTTest.Check(cases, nameof(cases), 1);
        PowerTTest.Check(controls, nameof(controls), 1);
        var kappa = controls / cases;
        Validate(auc, sigLevel, kappa);
        var za = Normal.InvCDF(0, 1, 1 - (sigLevel / (oneSided ? 1 : 2)));
        var zb = (Math.Sqrt(cases * (auc - 0.5) * (auc - 0.5)) - (za * Math.Sqrt(V0(kappa)))) / Math.Sqrt(VA(auc, kappa));
        return Result(cases, kappa, auc, sigLevel, Normal.CDF(0, 1, zb));
    }

    /// <summary>Hanley–McNeil (1982) standard error of an AUC for the given group sizes.</summary>
    /// <exception cref="StatisticsInputException">AUC outside (0, 1) or a group below 1 (<c>stats.invalid-argument</c>).</exception>
    public static double HanleyMcNeilStandardError(double auc, double cases, double controls)
    {
        DataChecks.OpenUnit(auc, nameof(auc));
        PowerTTest.Check(cases, nameof(cases), 1);
        PowerTTest.Check(controls, nameof(controls), 1);
        var q1 = auc / (2 - auc);
        var q2 = 2 * auc * auc / (1 + auc);
        var a2 = auc * auc;
        return Math.Sqrt(((auc * (1 - auc)) + ((cases - 1) * (q1 - a2)) + ((controls - 1) * (q2 - a2))) / (cases * controls));
    }

    private static double V0(double kappa) => 0.0792 * (1 + (1 / kappa));

    private static double VA(double auc, double kappa)
    {
        var a = Normal.InvCDF(0, 1, auc) * 1.414;
        return 0.0099 * Math.Exp(-(a * a) / 2) * ((5 * a * a) + 8 + (((a * a) + 8) / kappa));
    }

    private static PowerCalculation Result(double cases, double kappa, double auc, double sigLevel, double power) => new()
    {
        N = cases, Effect = auc, SigLevel = sigLevel, Power = power, Method = Method, Note = "N is the number of cases; controls = kappa · cases",
        Parameters = new Dictionary<string, double> { ["ncases"] = cases, ["ncontrols"] = kappa * cases, ["kappa"] = kappa },
    };

    private static void Validate(double auc, double sigLevel, double kappa)
    {
        if (!(auc > 0.5 && auc < 1)) throw DataChecks.Invalid(nameof(auc), $"auc is {auc}; it must lie in (0.5, 1).");
        DataChecks.OpenUnit(sigLevel, "sig.level");
        if (!(kappa > 0) || !double.IsFinite(kappa)) throw DataChecks.Invalid(nameof(kappa), $"kappa is {kappa}; it must be positive.");
    }
}
