using Ferrum.Statistics.Common;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Roc;

/// <summary>DeLong's tests comparing two AUCs, as pROC 1.18's <c>roc.test(method = "delong")</c>.</summary>
public static class RocTest
{
    /// <summary>
    /// DeLong's test for two correlated ROC curves (both predictors measured on the same subjects): Z = (θ₁ − θ₂)/σ
    /// with σ from the placements' covariance, and the CI of the difference. The curves must have been built from
    /// the same controls and cases in the same order.
    /// </summary>
    /// <exception cref="StatisticsInputException">The curves have different group sizes (<c>stats.length-mismatch</c>) or a group has fewer than 2 values (<c>stats.too-few</c>).</exception>
    public static HypothesisTest DeLongPaired(RocCurve first, RocCurve second, Alternative alternative = Alternative.TwoSided, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        DataChecks.Level(level);
        if (first.Controls.Count != second.Controls.Count || first.Cases.Count != second.Cases.Count)
        {
            throw new StatisticsInputException(
                DataChecks.LengthMismatch,
                $"paired curves need the same subjects: {first.Controls.Count}/{first.Cases.Count} vs {second.Controls.Count}/{second.Cases.Count} controls/cases.",
                nameof(second));
        }

        RequireTwo(first);
        var (t1, x1, y1) = DeLong.Placements(first);
        var (t2, x2, y2) = DeLong.Placements(second);
        int m = x1.Length, n = y1.Length;

        // L·S·Lᵀ with L = (1, −1): var(X1 − X2)/m + var(Y1 − Y2)/n, written with pROC's centring on θ.
        var sx = CrossVariance(x1, t1, x2, t2, m);
        var sy = CrossVariance(y1, t1, y2, t2, n);
        var sig = Math.Sqrt((sx / m) + (sy / n));
        var d = t1 - t2;
        var z = d / sig;
        if (double.IsNaN(z) && d == 0 && sig == 0) z = 0;
        var crit = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        return new HypothesisTest
        {
            Method = "DeLong's test for two correlated ROC curves",
            StatisticName = "Z",
            Statistic = z,
            PValue = alternative switch
            {
                Alternative.Greater => Normal.CDF(0, 1, -z),
                Alternative.Less => Normal.CDF(0, 1, z),
                _ => 2 * Normal.CDF(0, 1, -Math.Abs(z)),
            },
            Alternative = alternative,
            Estimates = new Dictionary<string, double> { ["AUC of roc1"] = t1, ["AUC of roc2"] = t2 },
            ConfidenceInterval = new ConfidenceInterval(d - (crit * sig), d + (crit * sig), level),
        };
    }

    /// <summary>
    /// DeLong's test for two ROC curves on different subjects: D = (θ₁ − θ₂)/√(S₁ + S₂) referred to a t distribution
    /// with pROC's Welch–Satterthwaite degrees of freedom.
    /// </summary>
    /// <exception cref="StatisticsInputException">A group has fewer than 2 values (<c>stats.too-few</c>).</exception>
    public static HypothesisTest DeLongUnpaired(RocCurve first, RocCurve second, Alternative alternative = Alternative.TwoSided)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var r = DeLong.Estimate(first);
        var s = DeLong.Estimate(second);
        var sum = r.Variance + s.Variance;
        var stat = (r.Auc - s.Auc) / Math.Sqrt(sum);
        var df = sum * sum / ((r.Variance * r.Variance / (r.ControlCount + r.CaseCount - 1)) + (s.Variance * s.Variance / (s.ControlCount + s.CaseCount - 1)));
        return new HypothesisTest
        {
            Method = "DeLong's test for two ROC curves",
            StatisticName = "D",
            Statistic = stat,
            PValue = alternative switch
            {
                Alternative.Greater => StudentT.CDF(0, 1, df, -stat),
                Alternative.Less => StudentT.CDF(0, 1, df, stat),
                _ => 2 * StudentT.CDF(0, 1, df, -Math.Abs(stat)),
            },
            Alternative = alternative,
            Parameters = new Dictionary<string, double> { ["df"] = df },
            Estimates = new Dictionary<string, double> { ["AUC of roc1"] = r.Auc, ["AUC of roc2"] = s.Auc },
        };
    }

    private static void RequireTwo(RocCurve curve)
    {
        if (curve.Controls.Count < 2 || curve.Cases.Count < 2)
        {
            throw new StatisticsInputException(
                DataChecks.TooFew, $"DeLong's test needs at least 2 controls and 2 cases; got {curve.Controls.Count} and {curve.Cases.Count}.", nameof(curve));
        }
    }

    private static double CrossVariance(double[] a, double ta, double[] b, double tb, int count)
    {
        double s11 = 0, s12 = 0, s22 = 0;
        for (var i = 0; i < count; i++)
        {
            double da = a[i] - ta, db = b[i] - tb;
            s11 += da * da;
            s12 += da * db;
            s22 += db * db;
        }

        return (s11 - (2 * s12) + s22) / (count - 1);
    }
}
