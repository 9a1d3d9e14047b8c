using System.Globalization;
using System.Text;
using Ferrum.Core.Errors;
using Ferrum.Statistics.DoseResponse;
using Ferrum.Study.Demo;
using Ferrum.Study.Elisa;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Elisa;

/// <summary>Plates and layouts the bad-input corpus found accepted silently, and optical densities outside the reader range.</summary>
public sealed class ElisaHardeningTests
{
    private static string Grid(char sep = ',', bool decimalComma = false)
    {
        var sb = new StringBuilder("Plate" + sep + "P1\nAnalyte" + sep + "ferritin\n");
        sb.Append(sep).Append(string.Join(sep, Enumerable.Range(1, 12).Select(c => c.ToString(CultureInfo.InvariantCulture)))).Append('\n');
        for (var r = 0; r < 8; r++)
        {
            var cells = Enumerable.Range(1, 12).Select(c => (0.1 + r * 0.2 + c * 0.01).ToString("0.000", CultureInfo.InvariantCulture));
            if (decimalComma) cells = cells.Select(v => v.Replace('.', ','));
            sb.Append((char)('A' + r)).Append(sep).Append(string.Join(sep, cells)).Append('\n');
        }
        return sb.ToString();
    }

    public static TheoryData<string, string, string, string> RejectedPlates => new()
    {
        // plate text, code, field, value
        { Grid().Replace(",11,12\n", ",11,12,13\n", StringComparison.Ordinal), "elisa.grid-too-wide", "column 13", "13" },
        { Grid().Replace("\nC,", "\nC,9.9,", StringComparison.Ordinal), "elisa.grid-too-wide", "column 13", "0.620" },
        { Grid() + "I,1,1,1,1,1,1,1,1,1,1,1,1\n", "elisa.grid-row-outside", "row I", "I" },
        { Grid() + Grid().Split('\n')[5] + "\n", "elisa.grid-row-duplicate", "row C", "C" },
        { Grid(';', decimalComma: true) + "c;1;1;1;1;1;1;1;1;1;1;1;1\n", "elisa.grid-row-duplicate", "row C", "c" },
        { Grid().Replace("\nB,0.310,", "\nB,NaN,", StringComparison.Ordinal), "elisa.signal-not-numeric", "well B1", "NaN" },
    };

    [Theory]
    [MemberData(nameof(RejectedPlates))]
    public void A_grid_that_is_not_8_by_12_is_an_error_naming_the_line_and_cell(string plate, string code, string field, string value) =>
        Inputs.InCulture("de-DE", () =>
        {
            var ex = Assert.Throws<InputErrorException>(() => PlateFileReader.Read(Inputs.Utf8(plate), "run.csv"));
            Assert.Equal(code, ex.Error.Code);
            Assert.Equal("run.csv", ex.Error.File);
            Assert.StartsWith("line ", ex.Error.Location, StringComparison.Ordinal);
            Assert.Equal(field, ex.Error.Field);
            Assert.Equal(value, ex.Error.Value);
        });

    [Fact]
    public void A_second_plate_block_after_row_h_is_still_read() =>
        Assert.Equal(2, PlateFileReader.Read(Inputs.Utf8(Grid() + Grid().Replace("P1", "P2", StringComparison.Ordinal)), "run.csv").Count);

    public static TheoryData<string, string, string> RejectedLayouts => new()
    {
        // replacement in PlateLayoutReaderTests.Layout, location, value
        { "- { id: S001, wells: [A3, A4], dilution: 4 }", "samples[1].id", "S001" },
        { "concentration: 1000, concentrations: { tfr: 50 }", "standards[0].concentrations.hepcidin", "hepcidin" },
        { "expected: { ferritin: 300 }", "controls[0].expected.hepcidin", "hepcidin" },
        { "maxCvPercent: 15", "qc", "5 to 1" },
    };

    [Theory]
    [MemberData(nameof(RejectedLayouts))]
    public void Layout_with_duplicate_samples_or_undeclared_analytes_names_the_key(string what, string location, string value)
    {
        var changed = what switch
        {
            "- { id: S001, wells: [A3, A4], dilution: 4 }" => PlateLayoutReaderTests.Layout.Replace(what, what + "\n  - { id: S001, wells: [B3, B4] }", StringComparison.Ordinal),
            "maxCvPercent: 15" => PlateLayoutReaderTests.Layout.Replace(what, what + ", signalMin: 5, signalMax: 1", StringComparison.Ordinal),
            _ => PlateLayoutReaderTests.Layout.Replace("tfr: 50 }", "tfr: 50, hepcidin: 3 }", StringComparison.Ordinal)
                .Replace("ferritin: 300 }", "ferritin: 300, hepcidin: 3 }", StringComparison.Ordinal),
        };
        var ex = Assert.Throws<InputErrorException>(() => PlateLayoutReader.Read(new StringReader(changed), "layout.yaml"));
        var error = Assert.Single(ex.Errors, e => e.Location == location);
        Assert.Equal("layout.yaml", error.File);
        Assert.Equal(value, error.Value);
    }

    private static PlateLayout Layout() => PlateLayoutReader.Read(new StringReader("""
        analytes: { ferritin: { unit: ng/mL } }
        standards:
          - { wells: [A1, A2], concentration: 40 }
          - { wells: [B1, B2], concentration: 20 }
          - { wells: [C1, C2], concentration: 10 }
          - { wells: [D1, D2], concentration: 5 }
          - { wells: [E1, E2], concentration: 2.5 }
          - { wells: [F1, F2], concentration: 1.25 }
          - { wells: [G1, G2], concentration: 0 }
        blanks: [A12, B12]
        samples:
          - { id: mid, wells: [A3, A4], dilution: 2 }
          - { id: lost, wells: [B3, B4] }
        """), "layout.yaml");

    [Theory]
    [InlineData(-0.5)]
    [InlineData(99999)]
    [InlineData(4.2)]
    public void A_reading_outside_the_reader_range_is_excluded_flagged_and_fails_plate_qc(double bad)
    {
        var layout = Layout();
        var good = new PlateSimulator(new LogLogisticParameters(-1.2, 0.05, 2.5, 4.0), blank: 0.04, cv: 0, noiseSd: 0, new Random(1))
            .Read("P1", "ferritin", layout, new Dictionary<string, double> { ["mid"] = 12, ["lost"] = 3 }, new Dictionary<string, double>());
        var signals = good.Signals.ToDictionary(kv => kv.Key, kv => kv.Value);
        WellAddress.TryParse("A4", out var a4);
        WellAddress.TryParse("B3", out var b3);
        WellAddress.TryParse("B4", out var b4);
        var clean = new ElisaProcessor(new LogLogisticFitter()).Process([good], layout).Plates[0];
        signals[a4] = bad;
        signals[b3] = bad;
        signals[b4] = bad;
        var plate = new ElisaProcessor(new LogLogisticFitter()).Process([good with { Signals = signals }], layout).Plates[0];

        var mid = plate.Samples.Single(s => s.SampleId == "mid");
        Assert.Equal(1, mid.Replicates);
        Assert.Contains(ElisaFlags.OutsideReaderRange, mid.Flags);
        Assert.Equal(clean.Samples.Single(s => s.SampleId == "mid").Concentration, mid.Concentration, 6);   // the other replicate, unchanged
        var lost = plate.Samples.Single(s => s.SampleId == "lost");
        Assert.True(double.IsNaN(lost.Concentration));
        Assert.Equal([ElisaFlags.OutsideReaderRange], lost.Flags);
        Assert.False(plate.Qc.Pass);
        Assert.Contains(plate.Qc.Problems, p => p.StartsWith("well A4 (sample mid) reads", StringComparison.Ordinal) && p.Contains("-0.1 to 4", StringComparison.Ordinal));
        Assert.True(clean.Qc.Pass, string.Join("; ", clean.Qc.Problems));
    }
}
