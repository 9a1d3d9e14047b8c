using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using MathNet.Numerics;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Fisher's exact test on an r × c table by complete enumeration of the tables with the observed margins:
/// the p-value is the total probability of tables no more likely than the observed one, with the relative
/// tolerance R's FEXACT uses (3.45254 × 10⁻⁷ on the log scale). Enumeration is capped; beyond the cap the
/// test is refused with <c>stats.too-large</c> rather than run for hours.
/// </summary>
internal sealed class FisherRxC
{
    private const double Tolerance = 3.45254e-7;
    private const long DefaultMaxVisits = 200_000_000;

    private readonly int[] _rowsLeft;
    private readonly int[] _columns;
    private readonly double[] _logFactorial;
    private readonly double _threshold;
    private readonly double _logConstant;
    private readonly long _maxVisits;
    private double _p;
    private long _visits;

    private FisherRxC(int[,] table, long maxVisits)
    {
        _maxVisits = maxVisits;
        int r = table.GetLength(0), c = table.GetLength(1);
        _rowsLeft = new int[r];
        _columns = new int[c];
        var n = 0;
        for (var i = 0; i < r; i++)
            for (var j = 0; j < c; j++)
            {
                _rowsLeft[i] += table[i, j];
                _columns[j] += table[i, j];
                n += table[i, j];
            }

        _logFactorial = new double[n + 1];
        for (var k = 1; k <= n; k++) _logFactorial[k] = SpecialFunctions.FactorialLn(k);
        _logConstant = _rowsLeft.Sum(v => _logFactorial[v]) + _columns.Sum(v => _logFactorial[v]) - _logFactorial[n];
        var observed = _logConstant;
        foreach (var v in table) observed -= _logFactorial[v];
        _threshold = observed + Tolerance;
    }

    /// <summary>Two-sided p-value of the table (rows × columns, each at least 2, counts ≥ 0, no empty margin).</summary>
    public static double PValue(int[,] table, long maxVisits = DefaultMaxVisits)
    {
        var f = new FisherRxC(table, maxVisits);
        if (f._rowsLeft.Any(v => v == 0) || f._columns.Any(v => v == 0))
            throw new StatisticsInputException(Sample.BadTable, "a row or column total is zero.", nameof(table));
        f.Column(0, f._logConstant);
        return Math.Min(1, f._p);
    }

    /// <summary>Enumerates column <paramref name="j"/> given the row totals still to fill; the last column is forced.</summary>
    private void Column(int j, double logP)
    {
        if (j == _columns.Length - 1)
        {
            foreach (var v in _rowsLeft) logP -= _logFactorial[v];
            if (logP <= _threshold) _p += Math.Exp(logP);
            return;
        }

        Cell(j, 0, _columns[j], logP);
    }

    private void Cell(int j, int i, int left, double logP)
    {
        if (++_visits > _maxVisits)
            throw new StatisticsInputException(Sample.TooLarge, "the table has too many arrangements with these margins to enumerate exactly.", "table");
        if (i == _rowsLeft.Length - 1)
        {
            if (left > _rowsLeft[i]) return;
            _rowsLeft[i] -= left;
            Column(j + 1, logP - _logFactorial[left]);
            _rowsLeft[i] += left;
            return;
        }

        var capacityBelow = 0;
        for (var k = i + 1; k < _rowsLeft.Length; k++) capacityBelow += _rowsLeft[k];
        var lo = Math.Max(0, left - capacityBelow);
        var hi = Math.Min(left, _rowsLeft[i]);
        for (var v = lo; v <= hi; v++)
        {
            _rowsLeft[i] -= v;
            Cell(j, i + 1, left - v, logP - _logFactorial[v]);
            _rowsLeft[i] += v;
        }
    }
}
