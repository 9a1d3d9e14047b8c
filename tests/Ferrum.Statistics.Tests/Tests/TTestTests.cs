using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class TTestTests
{
    private const string File = "classical_ttest.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void T_tests_match_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        var data = GoldenCases.Root(File).GetProperty("datasets").GetProperty(c.GetProperty("data").GetString()!);
        var x = data.GetProperty("x").Numbers();
        var y = data.GetProperty("y").Numbers();
        var alt = HtestAssert.ParseAlternative(c.Text("alternative"));
        var mu = c.GetProperty("mu").GetDouble();
        var level = c.GetProperty("confLevel").GetDouble();
        Func<HypothesisTest> run = c.Text("kind") switch
        {
            "one" => () => TTest.OneSample(x, mu, alt, level),
            "paired" => () => TTest.Paired(x[..c.GetProperty("m").GetInt32()], y[..c.GetProperty("m").GetInt32()], mu, alt, level),
            _ => () => TTest.TwoSample(x, y, c.GetProperty("varEqual").GetBoolean(), mu, alt, level),
        };
        var r = c.GetProperty("result");
        if (HtestAssert.IsError(r))
        {
            Assert.Equal(HtestAssert.CodeFor(r), Assert.Throws<StatisticsInputException>(run).Code);
            return;
        }

        if (HtestAssert.IsNaN(r))
        {
            Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(run).Code);
            return;
        }

        HtestAssert.Matches(r, run());
    }

    [Fact]
    public void Paired_samples_of_different_length_are_rejected() =>
        Assert.Equal("stats.bad-argument", Assert.Throws<StatisticsInputException>(() => TTest.Paired([1.0, 2, 3], [1.0, 2])).Code);

    [Fact]
    public void Missing_values_are_rejected_not_dropped() =>
        Assert.Equal("stats.not-finite", Assert.Throws<StatisticsInputException>(() => TTest.TwoSample([1.0, double.NaN, 3], [1.0, 2])).Code);

    [Fact]
    public void An_empty_group_is_rejected() =>
        Assert.Equal("stats.empty-group", Assert.Throws<StatisticsInputException>(() => TTest.TwoSample([1.0, 2, 3], [])).Code);

    [Fact]
    public void All_zero_differences_are_refused_rather_than_returning_NaN() =>
        Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(() => TTest.Paired([1.0, 2, 3], [1.0, 2, 3])).Code);
}
