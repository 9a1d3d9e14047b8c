using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class WilcoxonSignedRankTestTests
{
    private const string File = "classical_signed_rank.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signed_rank_test_with_pseudo_median_interval_matches_R(string name) => Check(name, confInt: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signed_rank_test_without_interval_matches_R(string name) => Check(name, confInt: false);

    private static void Check(string name, bool confInt)
    {
        var c = GoldenCases.Find(File, name);
        var data = GoldenCases.Root(File).GetProperty("datasets").GetProperty(c.GetProperty("data").GetString()!);
        var m = c.GetProperty("m").GetInt32();
        var x = data.GetProperty("x").Numbers();
        var y = data.GetProperty("y").Numbers();
        var mu = c.GetProperty("mu").GetDouble();
        var alt = HtestAssert.ParseAlternative(c.Text("alternative"));
        var exact = c.GetProperty("exact");
        bool? exactArg = exact.ValueKind == JsonValueKind.String ? null : exact.GetBoolean();
        var correct = c.GetProperty("correct").GetBoolean();
        var level = c.GetProperty("confLevel").GetDouble();
        HypothesisTest Run() => c.Text("kind") == "paired"
            ? WilcoxonSignedRankTest.Paired(x[..m], y[..m], alt, mu, exactArg, correct, confInt, level)
            : WilcoxonSignedRankTest.OneSample(x, alt, mu, exactArg, correct, confInt, level);
        var r = c.GetProperty(confInt ? "result" : "noCi");
        var undefinedInterval = r.TryGetProperty("conf", out var conf) && conf.ValueKind == JsonValueKind.Array && conf.Numbers().Any(double.IsNaN);
        if (HtestAssert.IsError(r) || HtestAssert.IsNaN(r) || undefinedInterval)
        {
            Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(Run).Code);
            return;
        }

        HtestAssert.Matches(r, Run());
    }

    [Fact]
    public void All_differences_zero_are_refused() =>
        Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(() => WilcoxonSignedRankTest.Paired([1.0, 2, 3], [1.0, 2, 3])).Code);
}
