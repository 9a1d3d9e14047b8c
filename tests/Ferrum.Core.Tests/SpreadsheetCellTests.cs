using System.Globalization;
using Ferrum.Core.Text;

namespace Ferrum.Core.Tests;

public sealed class SpreadsheetCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"f\")", "'=HYPERLINK(\"http://x\",\"f\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-A1", "'-A1")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("+1e-3", "+1e-3")]
    [InlineData("-Infinity", "-Infinity")]
    [InlineData("ferritin", "ferritin")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Formula_like_cells_get_an_apostrophe_and_numbers_do_not(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetCell.Escape(cell));

    [Fact]
    public void Null_is_an_empty_cell() => Assert.Equal("", SpreadsheetCell.Escape(null));

    [Fact]
    public void A_de_DE_culture_does_not_change_what_counts_as_a_number()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("-0.25", SpreadsheetCell.Escape("-0.25"));
            Assert.Equal("'-0,25", SpreadsheetCell.Escape("-0,25"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
