using System.Globalization;
using System.Text;
using Ferrum.Study.Elisa;

namespace Ferrum.Study.Demo;

/// <summary>Writes plate reads as a plate reader would export them (grid or long CSV), marked synthetic.</summary>
internal static class PlateText
{
    public static string Grid(PlateRead read)
    {
        var sb = new StringBuilder("Data,SYNTHETIC (simulated plate read)\n");
        sb.Append(CultureInfo.InvariantCulture, $"Plate,{read.Plate}\nAnalyte,{read.Analyte}\n");
        sb.Append(',').Append(string.Join(',', Enumerable.Range(1, WellAddress.Columns).Select(c => c.ToString(CultureInfo.InvariantCulture)))).Append('\n');
        for (var r = 0; r < WellAddress.Rows; r++)
        {
            sb.Append((char)('A' + r));
            for (var c = 1; c <= WellAddress.Columns; c++)
                sb.Append(',').Append(read.Signals.TryGetValue(WellAddress.Of(r, c), out var v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string Long(PlateRead read)
    {
        var sb = new StringBuilder("data,plate,analyte,well,od\n");
        foreach (var (well, v) in read.Signals.OrderBy(kv => kv.Key))
            sb.Append(CultureInfo.InvariantCulture, $"SYNTHETIC,{read.Plate},{read.Analyte},{well},{v:0.0000}\n");
        return sb.ToString();
    }
}
