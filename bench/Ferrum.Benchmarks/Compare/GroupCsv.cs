using System.Globalization;

namespace Ferrum.Benchmarks.Compare;

/// <summary>Reads the <c>group,value</c> CSV that bench/compare.sh writes (group 0 = control, 1 = case).</summary>
internal static class GroupCsv
{
    public static (double[] Controls, double[] Cases) Read(string path)
    {
        var controls = new List<double>();
        var cases = new List<double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var value = double.Parse(line.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            (line[0] == '1' ? cases : controls).Add(value);
        }

        return (controls.ToArray(), cases.ToArray());
    }
}
