using Ferrum.Core.Errors;
using Ferrum.Study.Data;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Data;

public sealed class DatasetReaderTests
{
    [Fact]
    public void Comma_csv_reads_numbers_labels_and_missing_values()
    {
        var data = DatasetReader.ReadCsv(new StringReader("id,group,ferritin\nS1,RLS,12.5\nS2,Control,NA\nS3,Control,\n"), "d.csv");
        Assert.Equal(["id", "group", "ferritin"], data.Columns);
        Assert.Equal(3, data.RowCount);
        var f = data.Numeric("ferritin");
        Assert.Equal(12.5, f[0]);
        Assert.True(double.IsNaN(f[1]) && double.IsNaN(f[2]));
        Assert.Equal(new string?[] { "RLS", "Control", "Control" }, data.Labels("group"));
    }

    [Fact]
    public void Semicolon_csv_with_decimal_comma_reads_as_de_DE_Excel_writes_it()
    {
        Inputs.InCulture("de-DE", () =>
        {
            var data = DatasetReader.ReadCsv(new StringReader("id;ferritin;age\nS1;12,5;34\nS2;1.234,5;41\n"), "de.csv");
            Assert.Equal([12.5, 1234.5], data.Numeric("ferritin"));
            Assert.Equal([34.0, 41.0], data.Numeric("age"));
        });
    }

    [Fact]
    public void Non_numeric_cell_names_file_row_and_column()
    {
        var data = DatasetReader.ReadCsv(new StringReader("id,ferritin\nS1,12\n\nS2,high\n"), "d.csv");
        var ex = Assert.Throws<InputErrorException>(() => data.Numeric("ferritin"));
        Assert.Equal("study.value-not-numeric", ex.Error.Code);
        Assert.Equal("d.csv", ex.Error.File);
        Assert.Equal("row 4", ex.Error.Location);
        Assert.Equal("ferritin", ex.Error.Field);
        Assert.Equal("high", ex.Error.Value);
    }

    [Fact]
    public void Xlsx_first_sheet_is_read_with_numbers_as_numbers()
    {
        using var xlsx = Inputs.Xlsx(("data", [["id", "group", "ferritin"], ["S1", "RLS", "3.25"], ["S2", "Control", ""]]));
        var data = DatasetReader.Read(xlsx, "d.xlsx");
        Assert.Equal(2, data.RowCount);
        Assert.Equal(3.25, data.Numeric("ferritin")[0]);
        Assert.True(double.IsNaN(data.Numeric("ferritin")[1]));
    }

    [Theory]
    [InlineData("id,id\n1,2\n", "study.column-duplicate")]
    [InlineData("id,x\n1,2,3\n", "study.row-too-wide")]
    [InlineData("\n\n", "study.data-empty")]
    public void Malformed_tables_are_input_errors(string csv, string code)
    {
        var ex = Assert.Throws<InputErrorException>(() => DatasetReader.ReadCsv(new StringReader(csv), "bad.csv"));
        Assert.Equal(code, ex.Error.Code);
        Assert.Equal("bad.csv", ex.Error.File);
    }

    [Fact]
    public void Not_a_workbook_is_an_input_error()
    {
        using var s = Inputs.Utf8("id,x\n1,2\n");
        var ex = Assert.Throws<InputErrorException>(() => DatasetReader.Read(s, "fake.xlsx"));
        Assert.Equal("study.xlsx-unreadable", ex.Error.Code);
    }
}
