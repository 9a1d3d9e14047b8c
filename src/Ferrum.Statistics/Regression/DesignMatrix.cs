using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// A model matrix as R's <c>model.matrix</c> builds it: one row per observation, one named column per
/// coefficient ("(Intercept)", numeric covariates by name, categorical levels as name + level with
/// treatment contrasts, e.g. "sexmale"). Immutable; build it with <see cref="DesignMatrixBuilder"/>.
/// </summary>
public sealed class DesignMatrix
{
    internal DesignMatrix(Matrix<double> values, IReadOnlyList<string> columnNames)
    {
        Values = values;
        ColumnNames = columnNames;
    }

    /// <summary>Column (coefficient) names in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Number of observations.</summary>
    public int RowCount => Values.RowCount;

    /// <summary>Number of columns (coefficients).</summary>
    public int ColumnCount => Values.ColumnCount;

    /// <summary>The entry at (row, column).</summary>
    public double this[int row, int column] => Values[row, column];

    internal Matrix<double> Values { get; }

    /// <summary>Builds a design matrix straight from numeric columns (an intercept column is added when asked).</summary>
    public static DesignMatrix FromColumns(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> columns, bool intercept = true)
    {
        var builder = new DesignMatrixBuilder();
        for (var j = 0; j < names.Count; j++) builder.AddNumeric(names[j], columns[j]);
        return builder.Build(intercept);
    }

    /// <summary>Wraps a ready model matrix given row by row (e.g. R's <c>model.matrix</c> output) with its column names.</summary>
    public static DesignMatrix FromRows(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.Count != names.Count))
            throw new Common.StatisticsInputException("stats.length-mismatch", "every row must have one value per column name", nameof(rows));
        if (rows.Any(r => r.Any(v => !double.IsFinite(v))))
            throw new Common.StatisticsInputException("stats.non-finite", "design matrix entries must be finite", nameof(rows));
        return new DesignMatrix(Matrix<double>.Build.DenseOfRows(rows), names.ToArray());
    }

    internal DesignMatrix WithoutColumn(int column)
    {
        var names = ColumnNames.Where((_, j) => j != column).ToArray();
        return new DesignMatrix(Values.RemoveColumn(column), names);
    }
}
