using System.Globalization;
using Ferrum.Statistics.Common;
using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>Shared input checks for the regression fits, with stable error codes.</summary>
internal static class RegressionInput
{
    public static double[] Outcome(DesignMatrix design, IReadOnlyList<bool> outcome, double level)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outcome);
        CheckShape(design, outcome.Count, level);
        if (outcome.All(v => v) || outcome.All(v => !v))
            throw new StatisticsInputException("stats.constant-response", $"all {I(outcome.Count)} outcomes are {(outcome[0] ? "events" : "non-events")}; logistic regression needs both", nameof(outcome));
        return outcome.Select(v => v ? 1.0 : 0.0).ToArray();
    }

    public static void CheckShape(DesignMatrix design, int count, double level)
    {
        if (design.RowCount != count)
            throw new StatisticsInputException("stats.length-mismatch", $"the design matrix has {I(design.RowCount)} rows but the response has {I(count)} values", "outcome");
        if (count <= design.ColumnCount)
            throw new StatisticsInputException("stats.too-few-points", $"{I(count)} observations cannot estimate {I(design.ColumnCount)} coefficients; at least {I(design.ColumnCount + 1)} are needed", "outcome");
        if (!(level > 0 && level < 1))
            throw new StatisticsInputException("stats.invalid-option", $"level must be strictly between 0 and 1, got {level.ToString(CultureInfo.InvariantCulture)}", nameof(level));
        var aliased = Aliased(design.Values);
        if (aliased >= 0)
            throw new StatisticsInputException("stats.collinear", $"column '{design.ColumnNames[aliased]}' is a linear combination of earlier columns (R would report NA for it); remove it", "design");
    }

    /// <summary>Index of the first column linearly dependent on earlier ones (R's QR rank tolerance 1e-7), or −1.</summary>
    private static int Aliased(Matrix<double> x)
    {
        var r = x.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).R;
        for (var j = 0; j < x.ColumnCount; j++)
        {
            var norm = x.Column(j).L2Norm();
            if (norm == 0 || Math.Abs(r[j, j]) <= 1e-7 * norm) return j;
        }

        return -1;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
