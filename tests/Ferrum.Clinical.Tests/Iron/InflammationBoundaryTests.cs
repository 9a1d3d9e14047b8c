using Ferrum.Clinical.Iron;
using Ferrum.Clinical.Tests.Support;

namespace Ferrum.Clinical.Tests.Iron;

/// <summary>
/// WHO 2020 inflammation by CRP, at the 5 mg/L boundary. Ferrum follows WHO's r-micronutrients cut-off method
/// (CRP &gt;= 5 mg/L); the guideline text's operator could not be confirmed, and the citation says so.
/// </summary>
public sealed class InflammationBoundaryTests
{
    [Theory]
    [InlineData(4.99, false)]
    [InlineData(5.0, true)]
    [InlineData(5.01, true)]
    public void Crp_of_5_mg_per_l_or_more_is_inflammation(double crp, bool inflamed) =>
        Assert.Equal(inflamed, Build.Assess(Build.Adult(), labs: [Build.Ferritin(50), Build.Crp(crp)]).Iron.Inflammation);

    [Fact]
    public void Crp_given_in_mg_per_dl_uses_the_same_boundary()
    {
        Assert.True(Build.Assess(Build.Adult(), labs: [Build.Ferritin(50), Build.Lab("1988-5", 0.5, "mg/dL")]).Iron.Inflammation);
        Assert.False(Build.Assess(Build.Adult(), labs: [Build.Ferritin(50), Build.Lab("1988-5", 0.49, "mg/dL")]).Iron.Inflammation);
    }

    [Fact]
    public void Inflammation_finding_cites_who_2020_and_states_the_unconfirmed_operator()
    {
        var result = Build.Assess(Build.Adult(), labs: [Build.Ferritin(50), Build.Crp(5)]);
        var finding = Assert.Single(result.Findings, f => f.Id == WhoFerritinThresholds.Inflammation.Id);
        var citation = Assert.Single(finding.Citations);
        Assert.Equal("WHO 2020", citation.Source);
        Assert.Contains("could not be confirmed against the guideline text", citation.Note, StringComparison.Ordinal);
        Assert.Equal(">=", WhoFerritinThresholds.Inflammation.Comparison);
    }
}
