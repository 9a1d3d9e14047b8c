using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Power;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Power;

public class PowerTests
{
    private static readonly Lazy<JsonElement> Data = new(() => Golden.Load("power.json").RootElement);

    private static TTestType Type(string? s) => s switch
    {
        "one.sample" => TTestType.OneSample,
        "paired" => TTestType.Paired,
        _ => TTestType.TwoSample,
    };

    private static bool OneSided(JsonElement e) => e.GetProperty("alternative").GetString() == "one.sided";

    [Fact]
    public void T_test_power_sample_size_and_delta_match_R_power_t_test()
    {
        foreach (var c in Data.Value.GetProperty("t").EnumerateArray())
        {
            var type = Type(c.GetProperty("type").GetString());
            var strict = c.GetProperty("strict").GetBoolean();
            double n = c.GetProperty("n").Number(), delta = c.GetProperty("delta").Number(), sd = c.GetProperty("sd").Number();
            double sig = c.GetProperty("sig").Number(), power = c.GetProperty("power").Number();
            var what = c.ToString();
            switch (c.GetProperty("solve").GetString())
            {
                case "power":
                    Approx.Equal(power, PowerTTest.Power(n, delta, sd, sig, type, OneSided(c), strict).Power, what: what);
                    break;
                case "n":
                    Approx.Equal(n, PowerTTest.SampleSize(delta, power, sd, sig, type, OneSided(c), strict).N, Approx.Iterative, what);
                    break;
                default:
                    Approx.Equal(delta, PowerTTest.Delta(n, power, sd, sig, type, OneSided(c), strict).Effect, Approx.Iterative, what);
                    break;
            }
        }
    }

    [Fact]
    public void Two_proportion_power_and_sample_size_match_R_power_prop_test()
    {
        foreach (var c in Data.Value.GetProperty("prop").EnumerateArray())
        {
            var strict = c.GetProperty("strict").GetBoolean();
            double n = c.GetProperty("n").Number(), p1 = c.GetProperty("p1").Number(), p2 = c.GetProperty("p2").Number();
            double sig = c.GetProperty("sig").Number(), power = c.GetProperty("power").Number();
            if (c.GetProperty("solve").GetString() == "power")
                Approx.Equal(power, PowerPropTest.Power(n, p1, p2, sig, OneSided(c), strict).Power, what: c.ToString());
            else
                Approx.Equal(n, PowerPropTest.SampleSize(p1, p2, power, sig, OneSided(c), strict).N, Approx.Iterative, c.ToString());
        }
    }

    [Fact]
    public void Auc_power_and_cases_match_pROC_power_roc_test()
    {
        foreach (var c in Data.Value.GetProperty("roc").EnumerateArray())
        {
            double auc = c.GetProperty("auc").Number(), sig = c.GetProperty("sig").Number();
            if (c.GetProperty("solve").GetString() == "ncases")
            {
                var r = PowerRoc.Cases(auc, c.GetProperty("power").Number(), sig, c.GetProperty("kappa").Number(), OneSided(c));
                Approx.Equal(c.GetProperty("ncases").Number(), r.N, what: c.ToString());
                Approx.Equal(c.GetProperty("ncontrols").Number(), r.Parameters["ncontrols"], what: c.ToString());
            }
            else
            {
                var r = PowerRoc.Power(auc, c.GetProperty("ncases").Number(), c.GetProperty("ncontrols").Number(), sig, OneSided(c));
                Approx.Equal(c.GetProperty("power").Number(), r.Power, what: c.ToString());
            }
        }
    }

    [Fact]
    public void Mann_whitney_sample_size_and_power_follow_noether_1987()
    {
        foreach (var c in Data.Value.GetProperty("noether").EnumerateArray())
        {
            var oneSided = c.GetProperty("sides").Number() == 1;
            double p = c.GetProperty("p").Number(), power = c.GetProperty("power").Number(), sig = c.GetProperty("sig").Number(), f = c.GetProperty("fraction").Number();
            Approx.Equal(c.GetProperty("N").Number(), PowerMannWhitney.SampleSize(p, power, sig, f, oneSided).N, what: c.ToString());
            Approx.Equal(c.GetProperty("power_at_150").Number(), PowerMannWhitney.Power(150, p, sig, f, oneSided).Power, what: c.ToString());
        }
    }

    [Fact]
    public void Hanley_mcneil_standard_error_follows_the_1982_formula()
    {
        foreach (var c in Data.Value.GetProperty("hanley_mcneil").EnumerateArray())
        {
            Approx.Equal(
                c.GetProperty("se").Number(),
                PowerRoc.HanleyMcNeilStandardError(c.GetProperty("auc").Number(), c.GetProperty("cases").Number(), c.GetProperty("controls").Number()),
                what: c.ToString());
        }
    }

    [Fact]
    public void Solved_sample_size_gives_back_the_requested_power()
    {
        var n = PowerTTest.SampleSize(0.5, 0.8).N;
        Approx.Equal(0.8, PowerTTest.Power(n, 0.5).Power, 1e-10, "power at solved n");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    public void Power_outside_zero_one_is_rejected(double power)
    {
        var ex = Assert.Throws<StatisticsInputException>(() => PowerTTest.SampleSize(1, power));
        Assert.Equal("stats.invalid-argument", ex.Code);
    }

    [Fact]
    public void Equal_proportions_have_no_sample_size()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => PowerPropTest.SampleSize(0.3, 0.3, 0.8));
        Assert.Equal("stats.invalid-argument", ex.Code);
    }
}
