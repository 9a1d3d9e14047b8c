using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Tests;

/// <summary>Pieces shared by the Wilcoxon rank sum and signed rank tests, in R's order of operations.</summary>
internal static class RankTestParts
{
    /// <summary>R's continuity correction: ±0.5 towards the alternative, sign(z)·0.5 when two-sided, 0 when off.</summary>
    public static double Correction(bool correct, Alternative alternative, double z) =>
        correct ? alternative switch { Alternative.Greater => 0.5, Alternative.Less => -0.5, _ => Math.Sign(z) * 0.5 } : 0;

    /// <summary>Normal p-value of a standardized statistic; two-sided as 2·min(Φ(z), 1 − Φ(z)).</summary>
    public static double NormalP(double z, Alternative alternative) => alternative switch
    {
        Alternative.Less => Normal.CDF(0, 1, z),
        Alternative.Greater => Normal.CDF(0, 1, -z),
        _ => 2 * Math.Min(Normal.CDF(0, 1, z), Normal.CDF(0, 1, -z)),
    };

    /// <summary>Exact p-value from a score-sum distribution at the observed sum <paramref name="s"/> (R's doubling rule when two-sided).</summary>
    public static double ExactP(WilcoxonDistribution dist, double s, bool aboveCentre, Alternative alternative) => alternative switch
    {
        Alternative.Greater => dist.Cdf(s - 1, upper: true),
        Alternative.Less => dist.Cdf(s),
        _ => Math.Min(2 * (aboveCentre ? dist.Cdf(s - 1, upper: true) : dist.Cdf(s)), 1),
    };

    /// <summary>The htest result, with the Hodges–Lehmann estimate and interval when one was computed.</summary>
    public static HypothesisTest Result(string method, string statisticName, double statistic, double p, Alternative alternative,
        string estimateName, HodgesLehmann.Result? hl, List<string> notes)
    {
        var estimates = new Dictionary<string, double>();
        if (hl is not null)
        {
            estimates[estimateName] = hl.Estimate;
            if (hl.Note is not null) notes.Add(hl.Note);
        }

        return new HypothesisTest
        {
            Method = method,
            StatisticName = statisticName,
            Statistic = statistic,
            PValue = Math.Clamp(p, 0, 1),
            Alternative = alternative,
            Estimates = estimates,
            ConfidenceInterval = hl?.Interval,
            Notes = notes,
        };
    }
}
