using System.Globalization;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using Ferrum.Statistics.Effects;
using Ferrum.Statistics.Tests;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Pipeline;

/// <summary>
/// Builds Table 1 in the tableone or gtsummary convention (see <see cref="Table1Style"/>), each variable on the
/// subjects who have it; p-values and SMDs come from Ferrum.Statistics.
/// </summary>
internal static class Table1Builder
{
    public static Table1 Build(AnalysisFrame frame)
    {
        var spec = frame.Spec;
        var rows = new List<Table1Row>();
        foreach (var column in spec.Table1Variables)
        {
            var v = spec.Describe(column);
            if (v.Categorical) rows.AddRange(Categorical(frame, v));
            else rows.Add(Continuous(frame, v));
        }
        var footnote = spec.Table1 == Table1Style.TableOne
            ? "Mean (SD) or median [IQR] for variables declared non-normal, n (%); p from one-way ANOVA (equal variances), Kruskal–Wallis or chi-squared test (Yates-corrected on 2×2 tables); SMD = standardised mean difference (tableone)."
            : "Median (Q1, Q3); n (%); p from Wilcoxon rank-sum test, Pearson's chi-squared test, or Fisher's exact test when an expected count is below 5 (gtsummary).";
        return new Table1(spec.Table1, Invariant($"{spec.Group.Case} (n = {frame.Cases})"), Invariant($"{spec.Group.Control} (n = {frame.Controls})"), rows, footnote);
    }

    private static Table1Row Continuous(AnalysisFrame frame, VariableSpec v)
    {
        var (cases, controls) = frame.Split(v.Name);
        var missing = frame.Cases + frame.Controls - cases.Length - controls.Length;
        var tableone = frame.Spec.Table1 == Table1Style.TableOne;
        string Summary(double[] x)
        {
            if (x.Length == 0) return "–";
            if (tableone && !v.NonNormal)
                return Invariant($"{Num(DescriptiveStatistics.Mean(x))} ({(x.Length > 1 ? Num(DescriptiveStatistics.StandardDeviation(x)) : "NA")})");
            var q = DescriptiveStatistics.Quantiles(x, [0.25, 0.5, 0.75]);
            return tableone ? $"{Num(q[1])} [{Num(q[0])}, {Num(q[2])}]" : $"{Num(q[1])} ({Num(q[0])}, {Num(q[2])})";
        }
        var (p, test) = cases.Length == 0 || controls.Length == 0 ? (double.NaN, "") : Try(() =>
        {
            if (!tableone) return (WilcoxonTest.RankSum(cases, controls).PValue, "Wilcoxon rank-sum test");
            if (v.NonNormal) return (KruskalWallisTest.Test([cases, controls]).PValue, "Kruskal–Wallis test");
            return (OneWayAnova.Test([cases, controls], varEqual: true).PValue, "one-way ANOVA");
        });
        var smd = tableone ? Try(() => (TableOneSmd.Continuous(cases, controls).Estimate, "")).Item1 : double.NaN;
        return new Table1Row(v.Display, "", Summary(cases), Summary(controls), p, test, smd, missing);
    }

    private static IEnumerable<Table1Row> Categorical(AnalysisFrame frame, VariableSpec v)
    {
        var labels = frame.Data.Labels(v.Name);
        var present = Enumerable.Range(0, labels.Length).Where(i => frame.IsCase[i] is not null && labels[i] is not null).ToArray();
        var missing = frame.Cases + frame.Controls - present.Length;
        var levels = present.Select(i => labels[i]!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        int Count(string level, bool isCase) => present.Count(i => labels[i] == level && frame.IsCase[i] == isCase);
        var caseN = present.Count(i => frame.IsCase[i] == true);
        var controlN = present.Length - caseN;
        var tableone = frame.Spec.Table1 == Table1Style.TableOne;
        var table = new double[levels.Length, 2];
        for (var l = 0; l < levels.Length; l++) (table[l, 0], table[l, 1]) = (Count(levels[l], true), Count(levels[l], false));
        var (p, test) = Try(() => CategoricalTest(table, tableone));
        var smd = tableone && levels.Length >= 2
            ? Try(() => (TableOneSmd.Categorical([.. Enumerable.Range(0, levels.Length).Select(l => table[l, 0])], [.. Enumerable.Range(0, levels.Length).Select(l => table[l, 1])]).Estimate, "")).Item1
            : double.NaN;
        yield return new Table1Row(v.Display + ", n (%)", "", "", "", p, test, smd, missing);
        for (var l = 0; l < levels.Length; l++)
            yield return new Table1Row(v.Display, levels[l], Percent(table[l, 0], caseN), Percent(table[l, 1], controlN), double.NaN, "", double.NaN, 0);
    }

    private static (double, string) CategoricalTest(double[,] table, bool tableone)
    {
        if (table.GetLength(0) < 2) return (double.NaN, "");
        if (tableone) return (ChiSquaredTest.Independence(table, correct: true).PValue, "chi-squared test");
        var n = 0.0;
        foreach (var c in table) n += c;
        var smallExpected = false;
        for (var r = 0; r < table.GetLength(0); r++)
            for (var c = 0; c < 2; c++)
                smallExpected |= (table[r, 0] + table[r, 1]) * (Column(table, c) / n) < 5;
        if (!smallExpected) return (ChiSquaredTest.Independence(table, correct: false).PValue, "chi-squared test");
        if (table.GetLength(0) == 2)
            return (FisherExactTest.Test(new[,] { { (int)table[0, 0], (int)table[0, 1] }, { (int)table[1, 0], (int)table[1, 1] } }).PValue, "Fisher's exact test");
        return (ChiSquaredTest.Independence(table, correct: false).PValue, "chi-squared test (expected counts < 5; Fisher's exact test for tables beyond 2×2 is not available)");
    }

    private static double Column(double[,] t, int c)
    {
        var s = 0.0;
        for (var r = 0; r < t.GetLength(0); r++) s += t[r, c];
        return s;
    }

    private static (double, string) Try(Func<(double, string)> f)
    {
        try { return f(); }
        catch (StatisticsInputException ex) { return (double.NaN, "not computed: " + ex.Message); }
    }

    private static string Percent(double k, int n) => n == 0 ? "–" : Invariant($"{k:0} ({100 * k / n:0.0}%)");

    private static string Num(double x) => x.ToString(Math.Abs(x) >= 100 ? "0" : Math.Abs(x) >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
