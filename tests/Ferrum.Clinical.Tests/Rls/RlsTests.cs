using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Rls;
using Ferrum.Clinical.Tests.Support;

namespace Ferrum.Clinical.Tests.Rls;

public sealed class RlsTests
{
    [Fact]
    public void All_five_criteria_met_is_met() => Assert.Equal(RlsStatus.Met, Build.Assess(Build.Adult(), Build.RlsMet()).Rls.Status);

    [Fact]
    public void Any_criterion_false_is_not_met_even_if_others_are_unanswered() =>
        Assert.Equal(RlsStatus.NotMet, Build.Assess(Build.Adult(), new RlsSymptoms { UrgeToMove = false }).Rls.Status);

    [Fact]
    public void An_unanswered_criterion_is_indeterminate_never_met()
    {
        var r = Build.Assess(Build.Adult(), Build.RlsMet() with { WorseEveningOrNight = null });
        Assert.Equal(RlsStatus.Indeterminate, r.Rls.Status);
        Assert.Contains(r.Undecided, u => u.Contains("worse-evening-or-night", StringComparison.Ordinal));
    }

    [Fact]
    public void No_rls_section_is_indeterminate() => Assert.Equal(RlsStatus.Indeterminate, Build.Assess(Build.Adult()).Rls.Status);

    [Theory]
    [InlineData(2.0, null, RlsCourse.ChronicPersistent)]
    [InlineData(1.9, 5, RlsCourse.Intermittent)]
    [InlineData(1.9, 4, null)]
    [InlineData(1.9, null, null)]
    public void Course_specifier(double perWeek, int? lifetime, RlsCourse? expected) =>
        Assert.Equal(expected, Build.Assess(Build.Adult(), Build.RlsMet(perWeek) with { LifetimeEpisodes = lifetime }).Rls.Course);

    [Theory]
    [InlineData(0, IrlsSeverity.None)]
    [InlineData(1, IrlsSeverity.Mild)]
    [InlineData(10, IrlsSeverity.Mild)]
    [InlineData(11, IrlsSeverity.Moderate)]
    [InlineData(20, IrlsSeverity.Moderate)]
    [InlineData(21, IrlsSeverity.Severe)]
    [InlineData(30, IrlsSeverity.Severe)]
    [InlineData(31, IrlsSeverity.VerySevere)]
    [InlineData(40, IrlsSeverity.VerySevere)]
    public void Irls_bands(int total, IrlsSeverity band)
    {
        var r = Build.Assess(Build.Adult(), Build.RlsMet(), Build.Irls(total)).Rls;
        Assert.Equal(total, r.IrlsTotal);
        Assert.Equal(band, r.IrlsSeverity);
    }

    [Fact]
    public void Irls_labels_are_short_and_never_the_licensed_questions()
    {
        Assert.Equal(10, IrlsScale.Labels.Count);
        Assert.All(IrlsScale.Labels, l => Assert.True(l.Length <= 30 && !l.Contains('?', StringComparison.Ordinal), l));
    }

    [Fact]
    public void Mimics_are_hinted()
    {
        var r = Build.Assess(Build.Adult(), new RlsSymptoms { CrampsReliefByStretching = true, NeuropathicPainNotRelievedByMovement = true, VenousStasis = true, Arthritis = true, PositionalDiscomfort = true }).Rls;
        Assert.Equal(5, r.MimicHints.Count);
    }

    [Fact]
    public void Irls_is_only_asked_for_when_rls_is_possible()
    {
        Assert.Contains("RLS severity could not be decided: needs the ten IRLS item scores", Build.Assess(Build.Adult(), Build.RlsMet()).Undecided);
        Assert.DoesNotContain("RLS severity could not be decided: needs the ten IRLS item scores", Build.Assess(Build.Adult(), new RlsSymptoms { UrgeToMove = false }).Undecided);
    }
}
