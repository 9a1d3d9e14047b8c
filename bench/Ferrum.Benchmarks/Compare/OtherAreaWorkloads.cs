using System.Globalization;
using Ferrum.Statistics.DoseResponse;
using Ferrum.Statistics.Tests;

namespace Ferrum.Benchmarks.Compare;

/// <summary>
/// <c>compare mann-whitney FILE</c>: R's <c>wilcox.test(x, y)</c> defaults on the <c>value,group</c> CSV that
/// bench/peers/mann_whitney.R reads (x = the first group in sorted order).
/// </summary>
internal sealed class MannWhitneyCompareWorkload : ICompareWorkload
{
    public string Name => "mann-whitney";

    public Func<string> Load(string csvPath)
    {
        var rows = File.ReadLines(csvPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        var levels = rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (levels.Length != 2) throw new InvalidDataException($"{csvPath}: the group column must hold exactly two groups");
        var x = rows.Where(r => r[1] == levels[0]).Select(r => double.Parse(r[0], CultureInfo.InvariantCulture)).ToArray();
        var y = rows.Where(r => r[1] == levels[1]).Select(r => double.Parse(r[0], CultureInfo.InvariantCulture)).ToArray();
        return () =>
        {
            var t = WilcoxonTest.RankSum(x, y);
            return string.Create(CultureInfo.InvariantCulture, $"W = {t.Statistic:R}, p = {t.PValue:R}");
        };
    }
}

/// <summary>
/// <c>compare 4pl FILE</c>: one complete 4PL fit (self-start, Levenberg–Marquardt, SEs) of the <c>conc,response</c>
/// curve bench/peers/fit_4pl.py fits with scipy's curve_fit; repeated 200 times per timed call, reported per fit.
/// </summary>
internal sealed class FourPlCompareWorkload : ICompareWorkload
{
    private const int Repeats = 200;

    public string Name => "4pl";

    public int InnerRepeats => Repeats;

    public Func<string> Load(string csvPath)
    {
        var rows = File.ReadLines(csvPath).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var conc = rows.Select(r => r[0]).ToArray();
        var response = rows.Select(r => r[1]).ToArray();
        return () =>
        {
            DoseResponseFit? fit = null;
            for (var i = 0; i < Repeats; i++) fit = DoseResponseCurve.Fit(conc, response);
            var p = fit!.Parameters;
            return string.Create(CultureInfo.InvariantCulture, $"b c d e: {p.B:G10} {p.C:G10} {p.D:G10} {p.E:G10}");
        };
    }
}
