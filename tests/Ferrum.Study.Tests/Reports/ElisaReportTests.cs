using System.Globalization;
using System.Text;
using Ferrum.Study.Elisa;
using Ferrum.Study.Reports;
using Ferrum.Study.Runs;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Reports;

public sealed class ElisaReportTests
{
    private static readonly Lazy<(ElisaResult Result, IReadOnlyList<ReportFile> Files)> Run = new(() =>
    {
        var plates = Directory.GetFiles(Path.Combine(Samples.RepoRoot, "samples/study/plates"), "*.csv").Order(StringComparer.Ordinal)
            .Select(p => Samples.Input(Path.GetRelativePath(Samples.RepoRoot, p))).ToList();
        return ElisaRun.Run(plates, Samples.Input("samples/study/layout.yaml"));
    });

    private static string[][] Csv(string path) =>
        [.. Encoding.UTF8.GetString(Run.Value.Files.Single(f => f.Path == path).Content).TrimEnd('\n').Split('\n').Select(l => l.Split(','))];

    [Fact]
    public void Concentrations_csv_holds_every_sample_with_the_engine_values()
    {
        var rows = Csv("concentrations.csv");
        var header = rows[0];
        var samples = Run.Value.Result.Samples.ToList();
        Assert.Equal(samples.Count, rows.Length - 1);
        for (var i = 0; i < samples.Count; i++)
        {
            var row = header.Zip(rows[i + 1]).ToDictionary(x => x.First, x => x.Second);
            Assert.Equal((samples[i].Plate, samples[i].Analyte, samples[i].SampleId), (row["plate"], row["analyte"], row["sample_id"]));
            Assert.Equal(samples[i].Concentration, double.Parse(row["concentration"], CultureInfo.InvariantCulture));
            Assert.Equal(string.Join("; ", samples[i].Flags), row["flags"]);
        }
    }

    [Fact]
    public void Recovery_and_QC_tables_have_a_row_per_level_and_plate()
    {
        Assert.Equal(1 + 8 * 7, Csv("tables/standards-recovery.csv").Length);
        var qc = Csv("tables/plate-qc.csv");
        Assert.Equal(1 + 8, qc.Length);
        Assert.All(qc.Skip(1), r => Assert.Equal("7/7", r[Array.IndexOf(qc[0], "levels_passing")]));
        Assert.Equal(8 * 2, Run.Value.Files.Count(f => f.Path.StartsWith("figures/curve-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Wide_table_has_one_row_per_subject_and_one_column_per_analyte()
    {
        var wide = ElisaWide.ToDataset(Run.Value.Result);
        Assert.Equal(71, wide.RowCount);
        Assert.Equal("id", wide.Columns[0]);
        Assert.Equal(["cd81", "ndev_ferritin", "ndev_ferroportin", "ndev_tfr"], wide.Columns.Skip(1).Order(StringComparer.Ordinal));
        Assert.All(wide.Columns.Skip(1), c => Assert.DoesNotContain(wide.Numeric(c), double.IsNaN));
    }
}
