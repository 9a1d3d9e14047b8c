using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Tests.Support;
using Ferrum.Clinical.Therapy;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Tests.Therapy;

public sealed class TherapyBoundaryTests
{
    [Theory]
    [InlineData(75, 30, TherapySuggestion.OralOrIvIron)]
    [InlineData(75.1, 30, TherapySuggestion.IvIron)]
    [InlineData(100, 30, TherapySuggestion.IvIron)]
    [InlineData(150, 19.9, TherapySuggestion.OralOrIvIron)]
    [InlineData(150, 20, TherapySuggestion.None)]
    [InlineData(60, 44.9, TherapySuggestion.OralOrIvIron)]
    [InlineData(60, 45, TherapySuggestion.None)]
    public void Adult_aasm_thresholds(double ferritin, double tsat, TherapySuggestion expected) =>
        Assert.Equal(expected, Build.AssessRls(Build.Adult(), 8, Build.Ferritin(ferritin), Build.Tsat(tsat)).Therapy.Recommendation);

    [Theory]
    [InlineData(100.1, 11, TherapySuggestion.IvIron)]
    [InlineData(100.1, 10, TherapySuggestion.None)]
    [InlineData(299.9, 11, TherapySuggestion.IvIron)]
    [InlineData(300, 11, TherapySuggestion.None)]
    public void Irlssg_ferric_carboxymaltose_below_300_in_moderate_to_severe_rls(double ferritin, int irls, TherapySuggestion expected) =>
        Assert.Equal(expected, Build.AssessRls(Build.Adult(), irls, Build.Ferritin(ferritin), Build.Tsat(30)).Therapy.Recommendation);

    [Theory]
    [InlineData(49.9, TherapySuggestion.OralIron)]
    [InlineData(50, TherapySuggestion.None)]
    public void Children_use_ferritin_50(double ferritin, TherapySuggestion expected) =>
        Assert.Equal(expected, Build.AssessRls(PatientContext.Create(10, Sex.Male), 12, Build.Ferritin(ferritin), Build.Tsat(25)).Therapy.Recommendation);

    [Theory]
    [InlineData(199.9, 19.9, TherapySuggestion.IvIron)]
    [InlineData(200, 19.9, TherapySuggestion.None)]
    [InlineData(150, 20, TherapySuggestion.None)]
    public void End_stage_renal_disease_uses_ferritin_200_and_tsat_20(double ferritin, double tsat, TherapySuggestion expected) =>
        Assert.Equal(expected, Build.AssessRls(PatientContext.Create(60, Sex.Male, ckdStage: 5, onDialysis: true), 20, Build.Ferritin(ferritin), Build.Tsat(tsat)).Therapy.Recommendation);

    [Fact]
    public void Without_ferritin_the_therapy_is_insufficient_data()
    {
        var result = Build.AssessRls(Build.Adult(), 20, Build.Tsat(15));
        Assert.Equal(TherapySuggestion.InsufficientData, result.Therapy.Recommendation);
        Assert.Contains(result.Undecided, u => u.StartsWith("RLS iron therapy could not be decided: needs ferritin", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_rls_criteria_met_the_rls_guidance_is_not_applied()
    {
        var notMet = Build.Assess(Build.Adult(), Build.RlsMet() with { UrgeToMove = false }, null, Build.Ferritin(20));
        Assert.Equal(TherapySuggestion.None, notMet.Therapy.Recommendation);
        var unknown = Build.Assess(Build.Adult(), Build.RlsMet() with { UrgeToMove = null }, null, Build.Ferritin(20));
        Assert.Equal(TherapySuggestion.InsufficientData, unknown.Therapy.Recommendation);
    }

    [Fact]
    public void Suggested_iron_comes_with_recheck_draw_conditions_and_the_hypophosphatemia_caution()
    {
        var t = Build.AssessRls(Build.Adult(), 20, Build.Ferritin(40), Build.Tsat(15)).Therapy;
        Assert.Equal(12, t.RecheckAfterWeeks);
        Assert.Contains("24 hours", t.DrawConditions, StringComparison.Ordinal);
        Assert.Contains(t.Cautions, c => c.Contains("hypophosphatemia", StringComparison.Ordinal));
        Assert.Contains("Discuss with a clinician", t.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_never_prescribes()
    {
        foreach (var rule in Rules.RuleCatalog.All)
        {
            Assert.DoesNotContain("must take", rule.Statement, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("prescribe ", rule.Statement, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(70, 90, 1508)]
    [InlineData(30, 90, 738)]
    [InlineData(70, 160, 500)]
    public void Ganzoni_deficit_with_its_conventions(double weight, double hb, double expected) =>
        Assert.Equal(expected, GanzoniCalculator.Compute(weight, hb).TotalMg, 9);

    [Fact]
    public void Ganzoni_needs_weight_and_says_so()
    {
        var result = Build.AssessRls(Build.Adult(), 20, Build.Ferritin(8), Build.Hb(95), Build.Tsat(8));
        Assert.Null(result.Therapy.IronDeficit);
        Assert.Contains("Iron deficit (Ganzoni) could not be decided: needs body weight", result.Undecided);
    }
}
