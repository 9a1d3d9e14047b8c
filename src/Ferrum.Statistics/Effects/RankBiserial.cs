using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using Ferrum.Statistics.Tests;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Effects;

/// <summary>Rank-biserial correlation of two independent samples, as effectsize::rank_biserial defines it.</summary>
public static class RankBiserial
{
    /// <summary>
    /// r = 2U/(n₁n₂) − 1, with U the Mann–Whitney statistic of x − μ against y (ties as mid-ranks), so r lies in
    /// [−1, 1] and equals 2·AUC − 1. Interval: tanh(atanh(r) ± z₁₋α/₂·√((n₁ + n₂ + 1)/(3n₁n₂))).
    /// </summary>
    public static EffectSize Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, double mu = 0, double confLevel = 0.95)
    {
        Sample.CheckMu(mu);
        Sample.CheckLevel(confLevel);
        var a = Sample.Finite(x, nameof(x));
        var b = Sample.Finite(y, nameof(y));
        for (var i = 0; i < a.Length; i++) a[i] -= mu;
        Array.Sort(a);
        Array.Sort(b);
        double n1 = a.Length, n2 = b.Length;
        var u = RankSums.Merge(a, 0, b).RankSumX - n1 * (n1 + 1) / 2;
        var r = 2 * u / (n1 * n2) - 1;
        var se = Math.Sqrt((n1 + n2 + 1) / (3 * n1 * n2));
        var z = -Normal.InvCDF(0, 1, (1 - confLevel) / 2);
        var rf = Math.Atanh(r);
        return new EffectSize("rank-biserial correlation", r,
            new ConfidenceInterval(Math.Tanh(rf - z * se), Math.Tanh(rf + z * se), confLevel),
            "2U/(n1 n2) - 1; CI on Fisher's z scale with SE sqrt((n1 + n2 + 1)/(3 n1 n2)) (effectsize::rank_biserial)");
    }
}
