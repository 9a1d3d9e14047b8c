using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;

namespace Ferrum.Statistics.Tests;

/// <summary>Validation and copying of k samples for the k-group tests.</summary>
internal static class Groups
{
    /// <summary>Copies each group, requiring at least two groups, no empty group and finite values.</summary>
    public static double[][] Copy(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2)
            throw new StatisticsInputException(Sample.TooFew, $"{groups.Count} group(s) given; at least 2 are needed.", nameof(groups));
        var copy = new double[groups.Count][];
        for (var g = 0; g < groups.Count; g++) copy[g] = Sample.Finite(groups[g], $"groups[{g}]");
        return copy;
    }

    /// <summary>Upper tail of χ²(df) at x, accurate for small p (regularized upper incomplete gamma).</summary>
    public static double ChiSquaredUpper(double x, double df) =>
        x <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);

    /// <summary>Upper tail of F(d1, d2) at f, accurate for small p (regularized incomplete beta).</summary>
    public static double FUpper(double f, double d1, double d2) =>
        f <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
}
