using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class GroupTestsTests
{
    private const string File = "classical_groups.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    private static double[][] GroupsOf(JsonElement c) => c.GetProperty("groups").EnumerateArray().Select(g => g.Numbers()).ToArray();

    private static void MatchOrRefuse(JsonElement r, Func<HypothesisTest> run)
    {
        if (HtestAssert.IsError(r) || HtestAssert.IsNaN(r))
        {
            var code = HtestAssert.IsError(r) ? HtestAssert.CodeFor(r) : "stats.constant";
            Assert.Equal(code, Assert.Throws<StatisticsInputException>(run).Code);
            return;
        }

        HtestAssert.Matches(r, run());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kruskal_Wallis_matches_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        MatchOrRefuse(c.GetProperty("kruskal"), () => KruskalWallisTest.Test(GroupsOf(c)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Oneway_test_with_and_without_equal_variances_matches_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        MatchOrRefuse(c.GetProperty("onewayEqual"), () => OneWayAnova.Test(GroupsOf(c), varEqual: true));
        MatchOrRefuse(c.GetProperty("onewayWelch"), () => OneWayAnova.Test(GroupsOf(c)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Anova_table_matches_R_aov(string name)
    {
        var c = GoldenCases.Find(File, name);
        var groups = GroupsOf(c);
        if (name == "constant")
        {
            // R's aov reports F = 0.6 from rounding noise (1e-31 sums of squares); Ferrum refuses.
            Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(() => OneWayAnova.Table(groups)).Code);
            return;
        }

        var a = c.GetProperty("aov");
        var t = OneWayAnova.Table(groups);
        Approx.Equal(a.GetProperty("f").Number(), t.F, what: "F");
        Approx.Equal(a.GetProperty("p").Number(), t.PValue, what: "p");
        Approx.Equal(a.GetProperty("df1").Number(), t.DfBetween, what: "df1");
        Approx.Equal(a.GetProperty("df2").Number(), t.DfWithin, what: "df2");
        Approx.Equal(a.GetProperty("ssBetween").Number(), t.SumSqBetween, what: "SS between");
        Approx.Equal(a.GetProperty("ssWithin").Number(), t.SumSqWithin, what: "SS within");
    }

    [Fact]
    public void One_group_is_not_enough() =>
        Assert.Equal("stats.too-few", Assert.Throws<StatisticsInputException>(() => KruskalWallisTest.Test([[1.0, 2, 3]])).Code);

    [Fact]
    public void An_empty_group_is_rejected() =>
        Assert.Equal("stats.empty-group", Assert.Throws<StatisticsInputException>(() => OneWayAnova.Test([[1.0, 2, 3], []])).Code);

    [Fact]
    public void Welch_anova_refuses_a_zero_variance_group() =>
        Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(() => OneWayAnova.Test([[1.0, 2, 3], [4.0, 4, 4]])).Code);
}
