using System.Globalization;
using Ferrum.Benchmarks.Compare;
using Ferrum.Statistics.Roc;

namespace Ferrum.Benchmarks.Roc;

/// <summary><c>compare roc FILE</c>: AUC + DeLong 95% CI with direction chosen by pROC's median rule.</summary>
internal sealed class RocCompareWorkload : ICompareWorkload
{
    public string Name => "roc";

    public Func<string> Load(string csvPath)
    {
        var (controls, cases) = GroupCsv.Read(csvPath);
        return () =>
        {
            var e = DeLong.Estimate(controls, cases);
            return string.Create(CultureInfo.InvariantCulture, $"auc={e.Auc:R} ci=[{e.ConfidenceInterval.Lower:R}, {e.ConfidenceInterval.Upper:R}]");
        };
    }
}

/// <summary><c>compare sort FILE</c>: the floor, sorting all values once (Array.Sort on a copy).</summary>
internal sealed class SortCompareWorkload : ICompareWorkload
{
    public string Name => "sort";

    public Func<string> Load(string csvPath)
    {
        var (controls, cases) = GroupCsv.Read(csvPath);
        double[] all = [.. controls, .. cases];
        return () =>
        {
            var copy = (double[])all.Clone();
            Array.Sort(copy);
            return string.Create(CultureInfo.InvariantCulture, $"sorted {copy.Length} values");
        };
    }
}
