using System.Globalization;

namespace Ferrum.Statistics.Tests.DoseResponse;

/// <summary>drc's ryegrass data (golden/ryegrass.csv, copied from tests/reference/statistics/data).</summary>
internal sealed record Ryegrass(double[] RootLength, double[] Conc)
{
    public static Ryegrass Load()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "golden", "ryegrass.csv")).Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return new Ryegrass(rows.Select(r => r[0]).ToArray(), rows.Select(r => r[1]).ToArray());
    }
}
