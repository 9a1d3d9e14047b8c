using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Tests.Foods;

/// <summary>SR28 rows that must be refused, each naming file, row, field and value.</summary>
public sealed class Sr28ValidationTests
{
    private const string Des = "~11457~^~1100~^~Spinach, raw~^~SPINACH,RAW~";
    private const string Grp = "~1100~^~Vegetables~";
    private const string Nut = "~11457~^~303~^2.71^1^^~1~";
    private const string Wgt = "~11457~^1^1^~cup~^30.0^^";

    public static TheoryData<string, string, string, string, string, string?, string?, string?> Cases => new()
    {
        // des, grp, nut, wgt → file, row, field, value
        { Des, "", Nut, Wgt, "FD_GROUP.txt", null, null, null },
        { Des, Grp, "", Wgt, "NUT_DATA.txt", null, null, null },
        { Des, Grp, Nut, "", "WEIGHT.txt", null, null, null },
        { Des + "\n" + Des, Grp, Nut, Wgt, "FOOD_DES.txt", "row 2", "NDB_No", "11457" },
        { "~11457~^~9999~^~Spinach, raw~", Grp, Nut, Wgt, "FOOD_DES.txt", "row 1", "FdGrp_Cd", "9999" },
        { Des, Grp, "~11457~^~303~^-2.71^1", Wgt, "NUT_DATA.txt", "row 1", "Nutr_Val", "-2.71" },
        { Des, Grp, "~11457~^~303~^5000^1", Wgt, "NUT_DATA.txt", "row 1", "Nutr_Val", "5000" },
        { Des, Grp, "~11457~^~208~^23^1\n~11457~^~204~^100.5^1", Wgt, "NUT_DATA.txt", "row 2", "Nutr_Val", "100.5" },
        { Des, Grp, Nut, "~11457~^1^1^~cup~^-30.0^^", "WEIGHT.txt", "row 1", "Gm_Wgt", "-30.0" },
        { Des, Grp, Nut, "~11457~^2^0^~cup~^30.0^^", "WEIGHT.txt", "row 1", "Amount", "0" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Implausible_or_inconsistent_sr28_rows_are_refused(string des, string grp, string nut, string wgt, string file, string? row, string? field, string? value)
    {
        var ex = Assert.Throws<InputErrorException>(() => Sr28Reader.Read(new StringReader(des), new StringReader(grp), new StringReader(nut), new StringReader(wgt)));
        Assert.Equal((file, row, field, value), (ex.Error.File, ex.Error.Location, ex.Error.Field, ex.Error.Value));
        Assert.False(string.IsNullOrEmpty(ex.Error.Accepted));
    }

    [Fact]
    public void The_highest_real_sr28_values_pass_the_plausibility_limits()
    {
        // Thyme, dried (NDB 02042) has the highest iron in SR28: 123.6 mg per 100 g.
        var import = Sr28Reader.Read(new StringReader("~02042~^~0200~^~Spices, thyme, dried~"), new StringReader("~0200~^~Spices and Herbs~"),
            new StringReader("~02042~^~303~^123.60^1\n~02042~^~208~^276^0"), new StringReader("~02042~^1^1^~tsp~^1.0^^"));
        Assert.Equal(123.6, Assert.Single(import.Foods).Per100G.IronMg);
    }
}
