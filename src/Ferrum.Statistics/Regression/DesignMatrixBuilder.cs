using System.Globalization;
using Ferrum.Statistics.Common;
using MathNet.Numerics.LinearAlgebra;

namespace Ferrum.Statistics.Regression;

/// <summary>
/// Builds a <see cref="DesignMatrix"/> from numeric and categorical covariates, with R's treatment contrasts
/// (<c>contr.treatment</c>): a categorical variable with k levels contributes k − 1 indicator columns named
/// variable + level, the reference level (R's first level, or the one given) being absorbed in the intercept.
/// </summary>
public sealed class DesignMatrixBuilder
{
    private readonly List<(string Name, double[] Values)> _columns = [];
    private int? _rows;

    /// <summary>Adds a numeric covariate (all values must be finite).</summary>
    public DesignMatrixBuilder AddNumeric(string name, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckRows(name, values.Count);
        for (var i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                throw new StatisticsInputException("stats.non-finite", $"{name}[{I(i)}] is {values[i].ToString(CultureInfo.InvariantCulture)}; covariates must be finite", name);
        _columns.Add((name, values.ToArray()));
        return this;
    }

    /// <summary>
    /// Adds a categorical covariate with treatment contrasts. <paramref name="levels"/> fixes the level order (the
    /// first is the reference, as R's <c>factor(levels = …)</c>); without it levels are sorted ordinally (R sorts
    /// them in the session's collation, which agrees for ASCII names of one case). <paramref name="reference"/>
    /// moves a level to the front, as R's <c>relevel</c>.
    /// </summary>
    public DesignMatrixBuilder AddCategorical(string name, IReadOnlyList<string?> values, IReadOnlyList<string>? levels = null, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckRows(name, values.Count);
        for (var i = 0; i < values.Count; i++)
            if (values[i] is null)
                throw new StatisticsInputException("stats.missing-value", $"{name}[{I(i)}] is missing; drop incomplete rows before fitting", name);
        var order = (levels ?? values.Distinct().Order(StringComparer.Ordinal).ToArray()!).ToList();
        var unknown = values.FirstOrDefault(v => !order.Contains(v!));
        if (unknown is not null)
            throw new StatisticsInputException("stats.unknown-level", $"{name} has value '{unknown}' that is not among the levels {string.Join(", ", order)}", name);
        if (reference is not null)
        {
            if (!order.Remove(reference))
                throw new StatisticsInputException("stats.unknown-level", $"reference level '{reference}' of {name} is not among {string.Join(", ", order)}", name);
            order.Insert(0, reference);
        }

        foreach (var level in order.Skip(1))
            _columns.Add((name + level, values.Select(v => v == level ? 1.0 : 0.0).ToArray()));
        return this;
    }

    /// <summary>Builds the matrix, with an "(Intercept)" column first unless <paramref name="intercept"/> is false.</summary>
    public DesignMatrix Build(bool intercept = true)
    {
        var n = _rows ?? 0;
        var names = new List<string>();
        var columns = new List<double[]>();
        if (intercept)
        {
            names.Add("(Intercept)");
            columns.Add(Enumerable.Repeat(1.0, n).ToArray());
        }

        foreach (var (name, values) in _columns)
        {
            names.Add(name);
            columns.Add(values);
        }

        if (names.Count == 0) throw new StatisticsInputException("stats.empty-model", "the design matrix has no columns", nameof(intercept));
        return new DesignMatrix(Matrix<double>.Build.DenseOfColumnArrays(columns), names);
    }

    private void CheckRows(string name, int count)
    {
        if (_rows is { } rows && rows != count)
            throw new StatisticsInputException("stats.length-mismatch", $"{name} has {I(count)} values but earlier covariates have {I(rows)}", name);
        _rows = count;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
