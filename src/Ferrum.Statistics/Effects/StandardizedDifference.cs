using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using MathNet.Numerics;

namespace Ferrum.Statistics.Effects;

/// <summary>
/// Standardized mean differences: Cohen's d and Hedges' g (pooled SD) with noncentral-t confidence intervals,
/// as the R package effectsize defines them (<c>cohens_d</c>, <c>hedges_g</c> with <c>pooled_sd = TRUE</c>).
/// </summary>
public static class StandardizedDifference
{
    private const string Source = "pooled SD; CI by inverting the noncentral t distribution of t = d / √(1/n₁ + 1/n₂) (effectsize::cohens_d)";

    /// <summary>
    /// Cohen's d = (mean(x) − mean(y) − μ) / s_pooled, s_pooled² = ((n₁ − 1)s₁² + (n₂ − 1)s₂²)/(n₁ + n₂ − 2);
    /// the interval holds the noncentrality parameters δ with P(T ≤ t | δ) = 1 − α/2 and α/2, scaled by √(1/n₁ + 1/n₂).
    /// </summary>
    public static EffectSize CohensD(IReadOnlyList<double> x, IReadOnlyList<double> y, double mu = 0, double confLevel = 0.95)
    {
        var (d, lower, upper, _) = Compute(x, y, mu, confLevel);
        return new EffectSize("Cohen's d", d, new ConfidenceInterval(lower, upper, confLevel), Source);
    }

    /// <summary>
    /// Hedges' g = J·d with the exact small-sample correction J = Γ(ν/2) / (√(ν/2) Γ((ν − 1)/2)), ν = n₁ + n₂ − 2;
    /// the interval of d is scaled by J too (effectsize::hedges_g).
    /// </summary>
    public static EffectSize HedgesG(IReadOnlyList<double> x, IReadOnlyList<double> y, double mu = 0, double confLevel = 0.95)
    {
        var (d, lower, upper, df) = Compute(x, y, mu, confLevel);
        if (df < 2)
            throw new StatisticsInputException(Sample.TooFew, "Hedges' correction needs n₁ + n₂ ≥ 4.", nameof(y));
        var j = Math.Exp(SpecialFunctions.GammaLn(df / 2) - Math.Log(Math.Sqrt(df / 2)) - SpecialFunctions.GammaLn((df - 1) / 2));
        return new EffectSize("Hedges' g", d * j, new ConfidenceInterval(lower * j, upper * j, confLevel), Source + "; exact correction J");
    }

    private static (double D, double Lower, double Upper, double Df) Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, double mu, double confLevel)
    {
        Sample.CheckMu(mu);
        Sample.CheckLevel(confLevel);
        var a = Sample.Finite(x, nameof(x));
        var b = Sample.Finite(y, nameof(y));
        double n1 = a.Length, n2 = b.Length, df = n1 + n2 - 2;
        if (df < 1)
            throw new StatisticsInputException(Sample.TooFew, "Cohen's d with a pooled SD needs n₁ + n₂ ≥ 3.", nameof(y));
        var pooled = 0.0;
        if (n1 > 1) pooled += (n1 - 1) * Sample.Variance(a);
        if (n2 > 1) pooled += (n2 - 1) * Sample.Variance(b);
        var s = Math.Sqrt(pooled / df);
        if (s == 0)
            throw new StatisticsInputException(Sample.Constant, "the pooled standard deviation is zero, so d is undefined.", nameof(x));
        var diff = Sample.Mean(a) - Sample.Mean(b) - mu;
        var hn = 1 / n1 + 1 / n2;
        var t = diff / (s * Math.Sqrt(hn));
        var alpha = 1 - confLevel;
        var lower = NoncentralT.NcpFor(t, df, 1 - alpha / 2) * Math.Sqrt(hn);
        var upper = NoncentralT.NcpFor(t, df, alpha / 2) * Math.Sqrt(hn);
        return (diff / s, lower, upper, df);
    }
}
