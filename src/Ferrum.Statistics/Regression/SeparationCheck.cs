using Google.OrTools.LinearSolver;
using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Detects separation by linear programming (Konis 2007, "Linear programming algorithms for detecting separated
/// data in binary logistic regression models", DPhil thesis, Oxford): with sᵢ = ±1 for events/non-events,
/// maximise Σ sᵢxᵢᵀβ subject to sᵢxᵢᵀβ ≥ 0 and −1 ≤ βⱼ ≤ 1 (columns scaled to max |x| = 1). A positive optimum
/// means separation; a positive t in max t s.t. sᵢxᵢᵀβ ≥ t means it is complete. Solved with OR-Tools' GLOP.
/// </summary>
internal static class SeparationCheck
{
    private const double Tolerance = 1e-7;

    public static Separation Detect(Matrix<double> x, double[] y, IReadOnlyList<string> names)
    {
        int n = x.RowCount, p = x.ColumnCount;
        var scale = Enumerable.Range(0, p).Select(j => Math.Max(x.Column(j).AbsoluteMaximum(), 1e-300)).ToArray();
        var (total, direction) = Solve(x, y, scale, strict: false);
        if (total <= Tolerance * n) return new Separation(SeparationKind.None, []);
        var (margin, _) = Solve(x, y, scale, strict: true);
        var terms = Enumerable.Range(0, p).Where(j => Math.Abs(direction[j]) > 1e-6).Select(j => names[j]).ToArray();
        return new Separation(margin > Tolerance ? SeparationKind.Complete : SeparationKind.QuasiComplete, terms);
    }

    private static (double Objective, double[] Direction) Solve(Matrix<double> x, double[] y, double[] scale, bool strict)
    {
        int n = x.RowCount, p = x.ColumnCount;
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP solver is unavailable");
        var beta = Enumerable.Range(0, p).Select(j => solver.MakeNumVar(-1, 1, "b" + j.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var t = strict ? solver.MakeNumVar(double.NegativeInfinity, 1, "t") : null;
        var objective = solver.Objective();
        for (var i = 0; i < n; i++)
        {
            var s = y[i] > 0.5 ? 1.0 : -1.0;
            var row = solver.MakeConstraint(0, double.PositiveInfinity);
            for (var j = 0; j < p; j++)
            {
                var a = s * x[i, j] / scale[j];
                row.SetCoefficient(beta[j], a);
                if (!strict) objective.SetCoefficient(beta[j], objective.GetCoefficient(beta[j]) + a);
            }

            if (t is not null) row.SetCoefficient(t, -1);
        }

        if (t is not null) objective.SetCoefficient(t, 1);
        objective.SetMaximization();
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL) return (0, new double[p]);
        return (objective.Value(), beta.Select(b => b.SolutionValue()).ToArray());
    }
}
