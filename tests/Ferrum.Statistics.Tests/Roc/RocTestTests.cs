using Ferrum.Statistics.Common;
using Ferrum.Statistics.Roc;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Roc;

public class RocTestTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var p in Golden.Load("roc_tests.json").RootElement.EnumerateArray()) data.Add(p.GetProperty("name").GetString()!);
        return data;
    }

    private static (RocCurve X, RocCurve Y, System.Text.Json.JsonElement G) Load(string name)
    {
        var g = Golden.Load("roc_tests.json").RootElement.EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        var response = g.GetProperty("response").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var direction = RocGolden.ParseDirection(g.GetProperty("direction").GetString());
        var x = RocCurve.FromResponse(response, g.GetProperty("x").Numbers(), "control", "case", direction);
        var y = RocCurve.FromResponse(response, g.GetProperty("y").Numbers(), "control", "case", direction);
        return (x, y, g);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Paired_delong_test_matches_pROC_roc_test(string name)
    {
        var (x, y, g) = Load(name);
        foreach (var a in g.GetProperty("paired").EnumerateArray())
        {
            var t = RocTest.DeLongPaired(x, y, RAlternative.Parse(a.GetProperty("alternative").GetString()));
            Assert.Equal("DeLong's test for two correlated ROC curves", t.Method);
            Approx.Equal(a.GetProperty("z").Number(), t.Statistic, what: "Z");
            Approx.Equal(a.GetProperty("p").Number(), t.PValue, what: "p");
            var ci = a.GetProperty("ci").Numbers();
            Approx.Equal(ci[0], t.ConfidenceInterval!.Value.Lower, what: "ci lower");
            Approx.Equal(ci[1], t.ConfidenceInterval!.Value.Upper, what: "ci upper");
            Approx.Equal(a.GetProperty("auc1").Number(), t.Estimates["AUC of roc1"], what: "auc1");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Unpaired_delong_test_matches_pROC_roc_test(string name)
    {
        var (x, y, g) = Load(name);
        foreach (var a in g.GetProperty("unpaired").EnumerateArray())
        {
            var t = RocTest.DeLongUnpaired(x, y, RAlternative.Parse(a.GetProperty("alternative").GetString()));
            Approx.Equal(a.GetProperty("d").Number(), t.Statistic, what: "D");
            Approx.Equal(a.GetProperty("df").Number(), t.Parameters["df"], what: "df");
            Approx.Equal(a.GetProperty("p").Number(), t.PValue, what: "p");
        }
    }

    [Fact]
    public void Paired_test_of_curves_from_different_subjects_is_rejected()
    {
        var a = RocCurve.Create([1.0, 2, 3], [4.0, 5]);
        var b = RocCurve.Create([1.0, 2], [4.0, 5]);
        var ex = Assert.Throws<StatisticsInputException>(() => RocTest.DeLongPaired(a, b));
        Assert.Equal("stats.length-mismatch", ex.Code);
    }

    [Fact]
    public void Identical_curves_give_z_zero_and_p_one()
    {
        var a = RocCurve.Create([1.0, 2, 3], [2.0, 5, 6]);
        var t = RocTest.DeLongPaired(a, a);
        Assert.Equal(0, t.Statistic);
        Assert.Equal(1, t.PValue);
    }
}
