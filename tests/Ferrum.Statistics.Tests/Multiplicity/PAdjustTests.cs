using CsCheck;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Multiplicity;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Multiplicity;

public class PAdjustTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Golden.Load("padjust.json").RootElement.EnumerateArray()) data.Add(c.GetProperty("name")[0].GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_method_matches_R_p_adjust(string name)
    {
        var g = Golden.Load("padjust.json").RootElement.EnumerateArray().Single(c => c.GetProperty("name")[0].GetString() == name);
        var p = g.GetProperty("p").Numbers();
        var nValue = g.GetProperty("n").Numbers()[0];
        int? n = double.IsNaN(nValue) ? null : (int)nValue;
        foreach (var r in g.GetProperty("results").EnumerateArray())
        {
            var rName = r.GetProperty("method")[0].GetString();
            Assert.True(PAdjust.TryParseMethod(rName, out var method), rName);
            var expected = r.GetProperty("adjusted").Numbers();
            var actual = PAdjust.Adjust(p, method, n);
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++) Approx.Equal(expected[i], actual[i], what: $"{rName}[{i}]");
        }
    }

    [Fact]
    public void Method_names_round_trip_through_R_names()
    {
        foreach (var m in Enum.GetValues<PAdjustMethod>())
        {
            Assert.True(PAdjust.TryParseMethod(PAdjust.RName(m), out var back));
            Assert.Equal(m, back);
        }

        Assert.False(PAdjust.TryParseMethod("Holm", out _));
    }

    [Fact]
    public void N_below_the_number_of_p_values_is_rejected()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => PAdjust.Adjust([0.1, 0.2, 0.3], PAdjustMethod.Holm, 2));
        Assert.Equal("stats.invalid-argument", ex.Code);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.PositiveInfinity)]
    public void P_values_outside_zero_one_are_rejected(double bad)
    {
        var ex = Assert.Throws<StatisticsInputException>(() => PAdjust.Adjust([0.1, bad]));
        Assert.Equal("stats.invalid-argument", ex.Code);
    }

    [Fact]
    public void Adjusted_p_values_lie_in_zero_one_and_never_fall_below_the_raw_ones()
    {
        Gen.Double[0, 1].Array[1, 60].Sample(p =>
        {
            foreach (var m in Enum.GetValues<PAdjustMethod>())
            {
                var a = PAdjust.Adjust(p, m);
                for (var i = 0; i < p.Length; i++)
                {
                    Assert.InRange(a[i], 0, 1);
                    Assert.True(a[i] >= p[i] - 1e-15, $"{m}: {a[i]} < {p[i]}");
                }
            }
        });
    }
}
