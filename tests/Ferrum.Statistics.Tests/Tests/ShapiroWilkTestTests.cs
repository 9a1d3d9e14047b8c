using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class ShapiroWilkTestTests
{
    private const string File = "classical_shapiro.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shapiro_Wilk_matches_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        var x = c.GetProperty("x").Numbers();
        var r = c.GetProperty("result");
        if (HtestAssert.IsError(r))
        {
            Assert.Equal(HtestAssert.CodeFor(r), Assert.Throws<StatisticsInputException>(() => ShapiroWilkTest.Test(x)).Code);
            return;
        }

        HtestAssert.Matches(r, ShapiroWilkTest.Test(x));
    }

    [Fact]
    public void Order_of_the_data_does_not_matter()
    {
        double[] x = [3.1, 0.2, 5.5, 1.7, 2.2, 9.0, 4.4];
        Assert.Equal(ShapiroWilkTest.Test(x).Statistic, ShapiroWilkTest.Test(x.Reverse().ToArray()).Statistic);
    }
}
