using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.DoseResponse;

/// <summary>Transforms a drc-parameterised fit to Prism's parameters with the exact linear transformation of the covariance.</summary>
internal static class PrismTable
{
    public static IReadOnlyList<ParameterEstimate> Build(DoseResponseFit fit, double[,] covariance)
    {
        var p = fit.Parameters;
        var prism = p.ToPrism();
        var fixedFlags = fit.Estimates.Select(e => e.IsFixed).Concat([true]).ToArray(); // f is fixed for the 4PL
        if (fit.Model == CurveModel.FiveParameter) fixedFlags[4] = fit.Estimates[4].IsFixed;

        var k = Math.Pow(2.0, 1.0 / p.F) - 1.0;
        // Gradients over (b, c, d, e, f) of each Prism parameter.
        double[] gBottom = [0, 1, 0, 0, 0];
        double[] gTop = [0, 0, 1, 0, 0];
        double[] gHill = [-1, 0, 0, 0, 0];
        double[] gS = [0, 0, 0, 0, 1];
        double[] gLog =
        [
            -Math.Log10(k) / (p.B * p.B), 0, 0, 1.0 / (p.E * Math.Log(10)),
            -(Math.Pow(2.0, 1.0 / p.F) * Math.Log(2) / (p.F * p.F)) / (k * Math.Log(10) * p.B),
        ];

        var logRow = fit.Row("LogEC50", prism.LogEC50, Se(gLog, covariance), fixedFlags[0] && fixedFlags[3] && fixedFlags[4]);
        var rows = new List<ParameterEstimate>
        {
            fit.Row("Bottom", prism.Bottom, Se(gBottom, covariance), fixedFlags[1]),
            fit.Row("Top", prism.Top, Se(gTop, covariance), fixedFlags[2]),
            logRow,
            fit.Row("HillSlope", prism.HillSlope, Se(gHill, covariance), fixedFlags[0]),
        };
        if (fit.Model == CurveModel.FiveParameter) rows.Add(fit.Row("S", prism.S, Se(gS, covariance), fixedFlags[4]));
        ConfidenceInterval? ec50Ci = logRow.ConfidenceInterval is { } ci
            ? new ConfidenceInterval(Math.Pow(10, ci.Lower), Math.Pow(10, ci.Upper), ci.Level)
            : null;
        rows.Add(new ParameterEstimate("EC50", prism.EC50, double.NaN, double.NaN, double.NaN, ec50Ci, logRow.IsFixed));
        return rows;
    }

    private static double Se(double[] g, double[,] v)
    {
        double s = 0;
        for (var i = 0; i < g.Length; i++)
            for (var j = 0; j < g.Length; j++)
                s += g[i] * v[i, j] * g[j];
        return Math.Sqrt(s);
    }
}
