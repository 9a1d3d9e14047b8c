using Ferrum.Statistics.Roc;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Roc;

public class RocCurveTests
{
    public static TheoryData<string> Names => RocGolden.CurveNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void Curve_matches_pROC_thresholds_direction_and_points(string name)
    {
        var g = RocGolden.Curve(name);
        var roc = RocGolden.Build(g);
        Assert.Equal(RocGolden.ParseDirection(g.GetProperty("direction").GetString()), roc.Direction);
        RocGolden.SequenceEqual(g.GetProperty("thresholds").Numbers(), roc.Thresholds, "threshold");
        RocGolden.SequenceEqual(g.GetProperty("sensitivities").Numbers(), roc.Sensitivities, "sensitivity");
        RocGolden.SequenceEqual(g.GetProperty("specificities").Numbers(), roc.Specificities, "specificity");
        Approx.Equal(g.GetProperty("auc").Number(), roc.Auc, what: "auc");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Partial_auc_matches_pROC_for_each_focus_and_correction(string name)
    {
        var g = RocGolden.Curve(name);
        var roc = RocGolden.Build(g);
        foreach (var p in g.GetProperty("partial").EnumerateArray())
        {
            var focus = p.GetProperty("focus").GetString() == "sensitivity" ? PartialAucFocus.Sensitivity : PartialAucFocus.Specificity;
            var value = roc.PartialAuc(p.GetProperty("from").Number(), p.GetProperty("to").Number(), focus, p.GetProperty("correct").GetBoolean());
            Approx.Equal(p.GetProperty("value").Number(), value, what: $"pAUC {p}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Best_cutoffs_match_pROC_coords_including_ties(string name)
    {
        var g = RocGolden.Curve(name);
        var roc = RocGolden.Build(g);
        foreach (var b in g.GetProperty("best").EnumerateArray())
        {
            var method = b.GetProperty("method").GetString() == "youden" ? CutoffMethod.Youden : CutoffMethod.ClosestTopLeft;
            var best = roc.Best(method, b.GetProperty("cost").Number(), b.GetProperty("prevalence").Number());
            RocGolden.SequenceEqual(b.GetProperty("threshold").Numbers(), best.Select(p => p.Threshold).ToArray(), $"{method} threshold");
            RocGolden.SequenceEqual(b.GetProperty("sensitivity").Numbers(), best.Select(p => p.Sensitivity).ToArray(), $"{method} sensitivity");
            RocGolden.SequenceEqual(b.GetProperty("specificity").Numbers(), best.Select(p => p.Specificity).ToArray(), $"{method} specificity");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Sensitivity_and_specificity_at_a_threshold_match_pROC_with_binom_test_intervals(string name)
    {
        var g = RocGolden.Curve(name);
        var roc = RocGolden.Build(g);
        foreach (var a in g.GetProperty("at").EnumerateArray())
        {
            var at = roc.At(a.GetProperty("threshold").Number());
            Approx.Equal(a.GetProperty("sensitivity").Number(), at.Sensitivity, what: "se");
            Approx.Equal(a.GetProperty("specificity").Number(), at.Specificity, what: "sp");
            var se = a.GetProperty("se_ci").Numbers();
            var sp = a.GetProperty("sp_ci").Numbers();
            Approx.Equal(se[0], at.SensitivityInterval.Lower, what: "se lower");
            Approx.Equal(se[1], at.SensitivityInterval.Upper, what: "se upper");
            Approx.Equal(sp[0], at.SpecificityInterval.Lower, what: "sp lower");
            Approx.Equal(sp[1], at.SpecificityInterval.Upper, what: "sp upper");
        }
    }

    [Fact]
    public void Text_response_uses_sorted_levels_as_control_then_case()
    {
        string[] response = ["Poor", "Good", "Poor", "Good", "Good"];
        double[] predictor = [5, 1, 4, 2, 4];
        var roc = RocCurve.FromResponse(response, predictor);
        Assert.Equal([1.0, 2, 4], roc.Controls);
        Assert.Equal([5.0, 4], roc.Cases);
        Assert.Equal(RocDirection.ControlsLower, roc.Direction);
    }

    [Fact]
    public void Integer_response_uses_the_smaller_level_as_control()
    {
        var roc = RocCurve.FromResponse([1, 0, 1, 0], [0.9, 0.1, 0.4, 0.5]);
        Assert.Equal([0.1, 0.5], roc.Controls);
        Assert.Equal(0.75, roc.Auc);
    }

    [Fact]
    public void Response_with_three_levels_needs_explicit_levels()
    {
        var ex = Assert.Throws<Ferrum.Statistics.Common.StatisticsInputException>(() => RocCurve.FromResponse(["a", "b", "c"], [1.0, 2, 3]));
        Assert.Equal("stats.invalid-argument", ex.Code);
    }

    [Fact]
    public void Observations_of_other_levels_are_left_out_as_in_pROC()
    {
        int[] response = [0, 1, 2, 1, 0];
        double[] predictor = [1, 3, 100, 4, 2];
        var roc = RocCurve.FromResponse(response, predictor, 0, 1);
        Assert.Equal(2, roc.Controls.Count);
        Assert.Equal(2, roc.Cases.Count);
        Assert.Equal(1.0, roc.Auc);
    }
}
