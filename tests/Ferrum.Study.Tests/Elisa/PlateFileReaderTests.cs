using System.Globalization;
using System.Text;
using Ferrum.Core.Errors;
using Ferrum.Study.Elisa;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Elisa;

public sealed class PlateFileReaderTests
{
    /// <summary>Signal of well (row r, column c): distinct per well so any transposition fails.</summary>
    private static double Expected(int r, int c) => 0.05 + r * 0.1 + c * 0.001;

    private static string Grid(char sep, bool decimalComma, string? plate, string? analyte)
    {
        var sb = new StringBuilder();
        if (plate is not null) sb.Append("Plate").Append(sep).Append(plate).Append('\n');
        if (analyte is not null) sb.Append("Analyte").Append(sep).Append(analyte).Append('\n');
        sb.Append(string.Join(sep, new[] { "" }.Concat(Enumerable.Range(1, 12).Select(c => c.ToString(CultureInfo.InvariantCulture))))).Append('\n');
        for (var r = 0; r < 8; r++)
        {
            var cells = Enumerable.Range(1, 12).Select(c => Expected(r, c).ToString("0.000", CultureInfo.InvariantCulture));
            if (decimalComma) cells = cells.Select(v => v.Replace('.', ','));
            sb.Append((char)('A' + r)).Append(sep).Append(string.Join(sep, cells)).Append('\n');
        }
        return sb.ToString();
    }

    private static void AssertFullPlate(PlateRead read)
    {
        Assert.Equal(96, read.Signals.Count);
        foreach (var (w, v) in read.Signals) Assert.Equal(Expected(w.Row, w.Column), v, 9);
    }

    /// <summary>Regression found by fuzzing (tests/fuzz, plate-csv): a grid row shorter than 12 columns threw ArgumentOutOfRangeException.</summary>
    [Fact]
    public void Grid_row_that_stops_before_column_12_reads_its_cells_and_leaves_the_rest_unread()
    {
        var lines = Grid(',', false, "P1", "cd81").Split('\n').ToList();
        var rowB = lines.FindIndex(l => l.StartsWith("B,", StringComparison.Ordinal));
        lines[rowB] = string.Join(',', lines[rowB].Split(',').Take(11));   // label + columns 1-10
        var read = Assert.Single(PlateFileReader.Read(Inputs.Utf8(string.Join('\n', lines)), "short.csv"));
        Assert.Equal(94, read.Signals.Count);
        Assert.False(read.Signals.ContainsKey(WellAddress.Of(1, 11)));
        Assert.Equal(Expected(1, 10), read.Signals[WellAddress.Of(1, 10)], 9);
    }

    [Fact]
    public void Grid_csv_with_plate_and_analyte_rows_reads_all_96_wells()
    {
        var reads = PlateFileReader.Read(Inputs.Utf8(Grid(',', false, "P7", "ferritin")), "run.csv");
        var read = Assert.Single(reads);
        Assert.Equal(("P7", "ferritin"), (read.Plate, read.Analyte));
        AssertFullPlate(read);
    }

    [Fact]
    public void Grid_csv_exported_by_de_DE_Excel_reads_decimal_commas()
    {
        Inputs.InCulture("de-DE", () =>
        {
            var read = Assert.Single(PlateFileReader.Read(Inputs.Utf8(Grid(';', true, null, null)), "plate3.csv", defaultAnalyte: "tfr"));
            Assert.Equal(("plate3", "tfr"), (read.Plate, read.Analyte));
            AssertFullPlate(read);
        });
    }

    [Fact]
    public void Several_grid_blocks_in_one_file_are_several_plates_and_analytes()
    {
        var text = Grid(',', false, "P1", "ferritin") + "\n" + Grid(',', false, "P1", "cd81") + Grid(',', false, "P2", "ferritin");
        var reads = PlateFileReader.Read(Inputs.Utf8(text), "run.csv");
        Assert.Equal([("P1", "ferritin"), ("P1", "cd81"), ("P2", "ferritin")], reads.Select(r => (r.Plate, r.Analyte)));
    }

    [Fact]
    public void Long_csv_groups_rows_by_plate_and_analyte()
    {
        var sb = new StringBuilder("plate,analyte,well,od\n");
        for (var r = 0; r < 8; r++)
            for (var c = 1; c <= 12; c++)
                sb.Append(CultureInfo.InvariantCulture, $"P1,ferritin,{(char)('A' + r)}{c:00},{Expected(r, c):0.000}\n");
        sb.Append("P2,tfr,A1,0.5\n");
        var reads = PlateFileReader.Read(Inputs.Utf8(sb.ToString()), "long.csv");
        Assert.Equal(2, reads.Count);
        AssertFullPlate(reads[0]);
        Assert.Equal(0.5, reads[1].Signals[WellAddress.Of(0, 1)]);
    }

    [Fact]
    public void Long_csv_in_de_DE_with_semicolons_reads_decimal_commas()
    {
        Inputs.InCulture("de-DE", () =>
        {
            var read = Assert.Single(PlateFileReader.Read(Inputs.Utf8("Well;Absorbance\nA1;0,125\nH12;2,5\n"), "p.csv", "ferritin"));
            Assert.Equal(0.125, read.Signals[WellAddress.Of(0, 1)]);
            Assert.Equal(2.5, read.Signals[WellAddress.Of(7, 12)]);
        });
    }

    [Fact]
    public void Xlsx_has_a_grid_per_sheet_named_by_the_sheet()
    {
        string[][] Sheet(string analyte) => [.. Grid(',', false, null, analyte).TrimEnd('\n').Split('\n').Select(l => l.Split(','))];
        using var xlsx = Inputs.Xlsx(("PlateA", Sheet("ferritin")), ("PlateB", Sheet("cd81")));
        var reads = PlateFileReader.Read(xlsx, "run.xlsx");
        Assert.Equal([("PlateA", "ferritin"), ("PlateB", "cd81")], reads.Select(r => (r.Plate, r.Analyte)));
        AssertFullPlate(reads[1]);
    }

    [Theory]
    [InlineData("well,od\nZ9,0.1\n", "elisa.well-invalid")]
    [InlineData("well,od\nA1,high\n", "elisa.signal-not-numeric")]
    [InlineData("well,od\nA1,0.1\nA1,0.2\n", "elisa.well-duplicate")]
    [InlineData("well,colour\nA1,red\n", "elisa.long-signal-missing")]
    [InlineData("nothing,here\n1,2\n", "elisa.grid-missing")]
    [InlineData(",1,2,3,4,5,6,7,8,9,10,11,12\nA,1,1,1,1,1,1,1,1,1,1,1,1\nC,1\n", "elisa.grid-row-missing")]
    public void Malformed_plate_files_are_input_errors_naming_the_file(string text, string code)
    {
        var ex = Assert.Throws<InputErrorException>(() => PlateFileReader.Read(Inputs.Utf8(text), "bad.csv", "ferritin"));
        Assert.Equal(code, ex.Error.Code);
        Assert.StartsWith("bad.csv", ex.Error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Grid_without_an_analyte_and_no_layout_default_is_an_error()
    {
        var ex = Assert.Throws<InputErrorException>(() => PlateFileReader.Read(Inputs.Utf8(Grid(',', false, "P1", null)), "p.csv"));
        Assert.Equal("elisa.analyte-unknown", ex.Error.Code);
    }

    [Theory]
    [InlineData("A1", 0, 1)]
    [InlineData("h12", 7, 12)]
    [InlineData("B03", 1, 3)]
    public void Well_addresses_parse(string text, int row, int column)
    {
        Assert.True(WellAddress.TryParse(text, out var w));
        Assert.Equal((row, column), (w.Row, w.Column));
    }

    [Theory]
    [InlineData("I1")]
    [InlineData("A13")]
    [InlineData("A0")]
    [InlineData("")]
    public void Wells_outside_a_96_well_plate_do_not_parse(string text) => Assert.False(WellAddress.TryParse(text, out _));
}
