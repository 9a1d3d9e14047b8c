using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class WilcoxonTestTests
{
    private const string File = "classical_wilcoxon.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rank_sum_test_with_Hodges_Lehmann_interval_matches_R(string name) => Check(name, confInt: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rank_sum_test_without_interval_matches_R(string name) => Check(name, confInt: false);

    private static void Check(string name, bool confInt)
    {
        var c = GoldenCases.Find(File, name);
        var data = GoldenCases.Root(File).GetProperty("datasets").GetProperty(c.GetProperty("data").GetString()!);
        var x = data.GetProperty("x").Numbers();
        var y = data.GetProperty("y").Numbers();
        var mu = c.GetProperty("mu").GetDouble();
        var exact = c.GetProperty("exact");
        bool? exactArg = exact.ValueKind == JsonValueKind.String ? null : exact.GetBoolean();
        HypothesisTest Run() => WilcoxonTest.RankSum(x, y, HtestAssert.ParseAlternative(c.Text("alternative")), mu,
            exactArg, c.GetProperty("correct").GetBoolean(), confInt, c.GetProperty("confLevel").GetDouble());
        var r = c.GetProperty(confInt ? "result" : "noCi");
        var allTied = x.Select(v => v - mu).Concat(y).Distinct().Count() == 1; // R returns NaN or an artefact p of 1
        if (HtestAssert.IsError(r) || HtestAssert.IsNaN(r) || allTied)
        {
            Assert.Equal("stats.constant", Assert.Throws<StatisticsInputException>(Run).Code);
            return;
        }

        var actual = Run();
        HtestAssert.Matches(r, actual);
        if (mu == 0) Assert.Equal(x.Length * (double)y.Length - actual.Statistic, WilcoxonTest.RankSum(y, x, exact: exactArg).Statistic);
    }

    [Fact]
    public void An_exact_test_too_large_to_enumerate_is_refused_with_advice()
    {
        var x = Enumerable.Range(0, 1500).Select(i => i * 1.5).ToArray();
        var y = Enumerable.Range(0, 1500).Select(i => i * 1.5 + 0.25).ToArray();
        var e = Assert.Throws<StatisticsInputException>(() => WilcoxonTest.RankSum(x, y, exact: true));
        Assert.Equal("stats.too-large", e.Code);
        Assert.Contains("exact: false", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_p_value_with_ties_falls_back_to_the_normal_approximation_with_R_note()
    {
        var r = WilcoxonTest.RankSum([1.0, 2, 2, 3], [2.0, 3, 4, 5], exact: true);
        Assert.Equal("Wilcoxon rank sum test with continuity correction", r.Method);
        Assert.Contains(WilcoxonTest.TiesNote, r.Notes);
    }
}
