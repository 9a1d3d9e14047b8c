using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Tests;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

public sealed class ContingencyTests
{
    private const string File = "classical_contingency.json";

    public static TheoryData<string> Cases() => GoldenCases.Names(File);

    private static double[,] TableOf(JsonElement c)
    {
        var rows = c.GetProperty("table").EnumerateArray().Select(r => r.Numbers()).ToArray();
        var t = new double[rows.Length, rows[0].Length];
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < rows[0].Length; j++) t[i, j] = rows[i][j];
        return t;
    }

    private static int[,] Counts(double[,] t)
    {
        var c = new int[t.GetLength(0), t.GetLength(1)];
        for (var i = 0; i < t.GetLength(0); i++)
            for (var j = 0; j < t.GetLength(1); j++) c[i, j] = (int)t[i, j];
        return c;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Chi_squared_test_of_independence_matches_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        var t = TableOf(c);
        HtestAssert.Matches(c.GetProperty("chisq"), ChiSquaredTest.Independence(t));
        HtestAssert.Matches(c.GetProperty("chisqUncorrected"), ChiSquaredTest.Independence(t, correct: false));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fisher_exact_test_p_value_odds_ratio_and_interval_match_R(string name)
    {
        var c = GoldenCases.Find(File, name);
        var t = Counts(TableOf(c));
        if (c.GetProperty("fisher").ValueKind != JsonValueKind.Object)
        {
            HtestAssert.Matches(c.GetProperty("fisherRxC"), FisherExactTest.Test(t));
            Assert.Equal("stats.bad-argument", Assert.Throws<StatisticsInputException>(() => FisherExactTest.Test(t, Alternative.Less)).Code);
            return;
        }

        foreach (var alt in c.GetProperty("fisher").EnumerateObject())
            HtestAssert.Matches(alt.Value, FisherExactTest.Test(t, HtestAssert.ParseAlternative(alt.Name)), estimateTolerance: Approx.ClosedForm);
        HtestAssert.Matches(c.GetProperty("fisher90"), FisherExactTest.Test(t, confLevel: 0.9), estimateTolerance: Approx.ClosedForm);
        HtestAssert.Matches(c.GetProperty("fisherOr2"), FisherExactTest.Test(t, or: 2), estimateTolerance: Approx.ClosedForm);
    }

    [Fact]
    public void Goodness_of_fit_matches_R()
    {
        foreach (var g in GoldenCases.Root(File).GetProperty("gof").EnumerateArray())
            HtestAssert.Matches(g.GetProperty("chisq"), ChiSquaredTest.GoodnessOfFit(g.GetProperty("x").Numbers(), g.GetProperty("p").Numbers()));
    }

    [Fact]
    public void A_zero_margin_is_refused() =>
        Assert.Equal("stats.bad-table", Assert.Throws<StatisticsInputException>(() => ChiSquaredTest.Independence(new double[,] { { 0, 0 }, { 3, 4 } })).Code);

    [Fact]
    public void Negative_counts_are_refused() =>
        Assert.Equal("stats.bad-table", Assert.Throws<StatisticsInputException>(() => FisherExactTest.Test(new[,] { { -1, 2 }, { 3, 4 } })).Code);

    [Fact]
    public void Probabilities_must_sum_to_one() =>
        Assert.Equal("stats.bad-argument", Assert.Throws<StatisticsInputException>(() => ChiSquaredTest.GoodnessOfFit([10.0, 20], [0.5, 0.6])).Code);

    [Fact]
    public void An_r_by_c_table_with_too_many_arrangements_is_refused() =>
        Assert.Equal("stats.too-large", Assert.Throws<StatisticsInputException>(() =>
            FisherRxC.PValue(new[,] { { 20, 25, 30 }, { 22, 18, 27 }, { 30, 21, 19 } }, maxVisits: 1000)).Code);
}
