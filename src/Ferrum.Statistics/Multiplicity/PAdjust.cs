using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Multiplicity;

/// <summary>
/// Adjusted p-values with R's <c>p.adjust(p, method, n)</c> semantics: NaN (R's NA) stays NaN in place and is not
/// counted; <c>n</c> defaults to the number of non-NaN p-values and may be larger; with n ≤ 1 the p-values are
/// returned unchanged; Hommel with n = 2 is Hochberg.
/// </summary>
public static class PAdjust
{
    /// <summary>Adjusts <paramref name="p"/> (each NaN or in [0, 1]) for <paramref name="n"/> comparisons.</summary>
    /// <exception cref="StatisticsInputException">A p-value outside [0, 1] or n below the number of non-NaN p-values (<c>stats.invalid-argument</c>).</exception>
    public static double[] Adjust(IReadOnlyList<double> p, PAdjustMethod method = PAdjustMethod.Holm, int? n = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        var present = new List<int>();
        for (var i = 0; i < p.Count; i++)
        {
            if (double.IsNaN(p[i])) continue;
            if (!(p[i] >= 0 && p[i] <= 1)) throw DataChecks.Invalid(nameof(p), $"p[{i}] is {p[i]}; p-values must lie in [0, 1] (or be NaN for missing).");
            present.Add(i);
        }

        var lp = present.Count;
        var total = n ?? lp;
        if (total < lp) throw DataChecks.Invalid(nameof(n), $"n is {total}; it must be at least the number of non-missing p-values ({lp}).");
        var result = p.ToArray();
        if (total <= 1) return result;
        if (total == 2 && method == PAdjustMethod.Hommel) method = PAdjustMethod.Hochberg;
        var values = present.Select(i => p[i]).ToArray();
        var harmonic = method == PAdjustMethod.BenjaminiYekutieli ? Harmonic(total) : 0;
        var adjusted = method switch
        {
            PAdjustMethod.Bonferroni => [.. values.Select(v => Math.Min(1, total * v))],
            PAdjustMethod.Holm => StepDown(values, total),
            PAdjustMethod.Hochberg => StepUp(values, i => total + 1 - i),
            PAdjustMethod.BenjaminiHochberg => StepUp(values, i => (double)total / i),
            PAdjustMethod.BenjaminiYekutieli => StepUp(values, i => harmonic * total / i),
            PAdjustMethod.Hommel => Hommel(values, total),
            _ => values,
        };
        for (var k = 0; k < lp; k++) result[present[k]] = adjusted[k];
        return result;
    }

    /// <summary>Parses R's method name (<c>holm</c>, <c>hochberg</c>, <c>hommel</c>, <c>bonferroni</c>, <c>BH</c>/<c>fdr</c>, <c>BY</c>, <c>none</c>).</summary>
    public static bool TryParseMethod(string? name, out PAdjustMethod method)
    {
        PAdjustMethod? m = name switch
        {
            "holm" => PAdjustMethod.Holm,
            "hochberg" => PAdjustMethod.Hochberg,
            "hommel" => PAdjustMethod.Hommel,
            "bonferroni" => PAdjustMethod.Bonferroni,
            "BH" or "fdr" => PAdjustMethod.BenjaminiHochberg,
            "BY" => PAdjustMethod.BenjaminiYekutieli,
            "none" => PAdjustMethod.None,
            _ => null,
        };
        method = m ?? PAdjustMethod.Holm;
        return m.HasValue;
    }

    /// <summary>R's name of the method.</summary>
    public static string RName(PAdjustMethod method) => method switch
    {
        PAdjustMethod.Holm => "holm",
        PAdjustMethod.Hochberg => "hochberg",
        PAdjustMethod.Hommel => "hommel",
        PAdjustMethod.Bonferroni => "bonferroni",
        PAdjustMethod.BenjaminiHochberg => "BH",
        PAdjustMethod.BenjaminiYekutieli => "BY",
        _ => "none",
    };

    private static double Harmonic(int n)
    {
        double s = 0;
        for (var k = 1; k <= n; k++) s += 1.0 / k;
        return s;
    }

    /// <summary>pmin(1, cummax((n + 1 − i)·p[o]))[ro] with o the increasing order.</summary>
    private static double[] StepDown(double[] p, int n)
    {
        var order = Enumerable.Range(0, p.Length).OrderBy(i => p[i]).ToArray();
        var result = new double[p.Length];
        var running = double.NegativeInfinity;
        for (var r = 0; r < order.Length; r++)
        {
            running = Math.Max(running, (n - r) * p[order[r]]);
            result[order[r]] = Math.Min(1, running);
        }

        return result;
    }

    /// <summary>pmin(1, cummin(factor(i)·p[o]))[ro] with o the decreasing order and i = lp … 1.</summary>
    private static double[] StepUp(double[] p, Func<int, double> factor)
    {
        var order = Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ToArray();
        var result = new double[p.Length];
        var running = double.PositiveInfinity;
        for (var r = 0; r < order.Length; r++)
        {
            running = Math.Min(running, factor(p.Length - r) * p[order[r]]);
            result[order[r]] = Math.Min(1, running);
        }

        return result;
    }

    private static double[] Hommel(double[] observed, int n)
    {
        var lp = observed.Length;
        var padded = observed.Concat(Enumerable.Repeat(1.0, n - lp)).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(i => padded[i]).ToArray();
        var p = order.Select(i => padded[i]).ToArray();
        var start = double.PositiveInfinity;
        for (var i = 0; i < n; i++) start = Math.Min(start, n * p[i] / (i + 1));
        var q = Enumerable.Repeat(start, n).ToArray();
        var pa = (double[])q.Clone();
        for (var j = n - 1; j >= 2; j--)
        {
            // R: ij = 1..(n − j + 1), i2 = (n − j + 2)..n (1-based).
            var q1 = double.PositiveInfinity;
            for (var k = 2; k <= j; k++) q1 = Math.Min(q1, j * p[n - j + k - 1] / k);
            for (var i = 0; i < n - j + 1; i++) q[i] = Math.Min(j * p[i], q1);
            for (var i = n - j + 1; i < n; i++) q[i] = q[n - j];
            for (var i = 0; i < n; i++) pa[i] = Math.Max(pa[i], q[i]);
        }

        var result = new double[lp];
        var rankOf = new int[n];
        for (var r = 0; r < n; r++) rankOf[order[r]] = r;
        for (var i = 0; i < lp; i++) result[i] = Math.Max(pa[rankOf[i]], p[rankOf[i]]);
        return result;
    }
}
