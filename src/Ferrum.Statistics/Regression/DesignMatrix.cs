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

    internal DesignMatrix WithoutColumn(int column)
    {
        var names = ColumnNames.Where((_, j) => j != column).ToArray();
        return new DesignMatrix(Values.RemoveColumn(column), names);
    }
}
