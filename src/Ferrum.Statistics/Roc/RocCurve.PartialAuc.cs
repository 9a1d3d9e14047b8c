using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Roc;

public sealed partial class RocCurve
{
    /// <summary>
    /// Partial AUC over a specificity or sensitivity range (proportions), by pROC 1.18's trapezoids with linear
    /// interpolation at the range ends. With <paramref name="correct"/>, McClish's (1989) standardisation
    /// (1 + (pAUC − min)/(max − min))/2; a curve below the diagonal in the range then gives NaN (pROC's NA), unless
    /// <paramref name="allowInvalidCorrection"/>.
    /// </summary>
    /// <exception cref="StatisticsInputException">A bound is outside [0, 1] or the bounds are equal (<c>stats.invalid-argument</c>).</exception>
    public double PartialAuc(double from, double to, PartialAucFocus focus = PartialAucFocus.Specificity, bool correct = false, bool allowInvalidCorrection = false)
    {
        if (!(from >= 0 && from <= 1 && to >= 0 && to <= 1) || from == to)
        {
            throw DataChecks.Invalid("partial.auc", $"partial AUC range ({from}, {to}) must be two different proportions in [0, 1].");
        }

        double hi = Math.Max(from, to), lo = Math.Min(from, to);
        double[] x, y;
        if (focus == PartialAucFocus.Sensitivity)
        {
            x = [.. sensitivities.Reverse()];
            y = [.. specificities.Reverse()];
        }
        else
        {
            x = specificities;
            y = sensitivities;
        }

        var auc = Trapezoid(x, y, hi, lo);
        if (!correct) return auc;
        var min = ((1 - hi) + (1 - lo)) * (hi - lo) / 2;
        var max = hi - lo;
        if (!allowInvalidCorrection && auc < min) return double.NaN;
        return (1 + ((auc - min) / (max - min))) / 2;
    }

    private static double Trapezoid(double[] x, double[] y, double hi, double lo)
    {
        var inside = new List<int>();
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] <= hi && x[i] >= lo) inside.Add(i);
        }

        double auc = 0;
        for (var k = 1; k < inside.Count; k++)
        {
            auc += (x[inside[k]] - x[inside[k - 1]]) * (y[inside[k]] + y[inside[k - 1]]) / 2;
        }

        var firstAtOrAboveHi = Array.FindIndex(x, v => !(v < hi));
        if (inside.Count == 0)
        {
            int iHi = firstAtOrAboveHi, iLo = iHi - 1;
            var span = x[iHi] - x[iLo];
            var yHi = y[iHi] + ((x[iHi] - hi) / span * (y[iLo] - y[iHi]));
            var yLo = y[iLo] - ((lo - x[iLo]) / span * (y[iLo] - y[iHi]));
            return (yHi + yLo) / 2 * (hi - lo);
        }

        if (!inside.Any(i => x[i] == hi))
        {
            int iOut = firstAtOrAboveHi, iIn = iOut - 1;
            var yi = y[iOut] + ((hi - x[iOut]) / (x[iIn] - x[iOut]) * (y[iIn] - y[iOut]));
            auc += (hi - x[iIn]) * (y[iIn] + yi) / 2;
        }

        if (!inside.Any(i => x[i] == lo))
        {
            var iOut = Array.FindIndex(x, v => v > lo) - 1;
            var iIn = iOut + 1;
            var yi = y[iIn] + ((x[iIn] - lo) / (x[iIn] - x[iOut]) * (y[iOut] - y[iIn]));
            auc += (x[iIn] - lo) * (y[iIn] + yi) / 2;
        }

        return auc;
    }
}
