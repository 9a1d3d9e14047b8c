using System.Text;

namespace Ferrum.Study.Reports;

/// <summary>One output file of a report, held in memory; the front door writes it under the output directory.</summary>
/// <param name="Path">Relative path, e.g. "tables/table1.csv".</param>
/// <param name="Content">File bytes.</param>
public sealed record ReportFile(string Path, byte[] Content)
{
    /// <summary>A UTF-8 (no BOM) text file.</summary>
    public static ReportFile Text(string path, string text) => new(path, new UTF8Encoding(false).GetBytes(text));
}
