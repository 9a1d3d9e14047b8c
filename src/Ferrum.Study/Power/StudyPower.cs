using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Power;

namespace Ferrum.Study.Power;

/// <summary>A planned sample size: cases and controls to recruit (rounded up) and the calculation behind them.</summary>
/// <param name="Cases">Cases to recruit.</param>
/// <param name="Controls">Controls to recruit.</param>
/// <param name="Calculation">The unrounded calculation, as R's power.htest.</param>
/// <param name="Summary">One plain sentence.</param>
public sealed record SampleSizePlan(int Cases, int Controls, PowerCalculation Calculation, string Summary);

/// <summary>Sample size for a case–control biomarker study, for a target AUC or a standardised effect size.</summary>
public static class StudyPower
{
    /// <summary>
    /// Cases (and κ·cases controls) to show that a biomarker's AUC differs from 0.5 (pROC <c>power.roc.test</c>,
    /// Obuchowski &amp; McClish 1997).
    /// </summary>
    public static SampleSizePlan ForAuc(double auc, double power = 0.8, double alpha = 0.05, double kappa = 1)
    {
        var calc = Checked(() => PowerRoc.Cases(auc, power, alpha, kappa));
        var cases = (int)Math.Ceiling(calc.N - 1e-9);
        var controls = (int)Math.Ceiling(kappa * calc.N - 1e-9);
        return new SampleSizePlan(cases, controls, calc, string.Create(CultureInfo.InvariantCulture,
            $"To detect AUC = {auc} against 0.5 with power {power} at two-sided alpha {alpha} ({controls / (double)cases:0.##} controls per case): {cases} cases and {controls} controls ({calc.Method}, Obuchowski & McClish 1997, as pROC power.roc.test)."));
    }

    /// <summary>Per-group n to detect a standardised mean difference (Cohen's d) with Welch/Student's t (R <c>power.t.test</c>, sd = 1).</summary>
    public static SampleSizePlan ForEffectSize(double d, double power = 0.8, double alpha = 0.05)
    {
        var calc = Checked(() => PowerTTest.SampleSize(d, power, 1, alpha));
        var n = (int)Math.Ceiling(calc.N - 1e-9);
        return new SampleSizePlan(n, n, calc, string.Create(CultureInfo.InvariantCulture,
            $"To detect a standardised mean difference d = {d} with power {power} at two-sided alpha {alpha}: {n} per group ({calc.Method}, as R power.t.test with sd = 1)."));
    }

    private static PowerCalculation Checked(Func<PowerCalculation> f)
    {
        try
        {
            return f();
        }
        catch (StatisticsInputException ex)
        {
            throw new InputErrorException(new InputError("study.power-invalid", ex.Message) { Field = ex.ParamName });
        }
    }
}
