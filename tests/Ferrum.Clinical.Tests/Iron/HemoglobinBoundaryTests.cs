using Ferrum.Clinical.Iron;
using Ferrum.Clinical.Tests.Support;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Tests.Iron;

public sealed class HemoglobinBoundaryTests
{
    public static TheoryData<double, Sex, string> AgeBandEdges => new()
    {
        { 6.0 / 12, Sex.Female, "iron.who2024.hb.6-23-months" },
        { 23.0 / 12, Sex.Female, "iron.who2024.hb.6-23-months" },
        { 24.0 / 12, Sex.Female, "iron.who2024.hb.24-59-months" },
        { 59.0 / 12, Sex.Male, "iron.who2024.hb.24-59-months" },
        { 5, Sex.Male, "iron.who2024.hb.5-11-years" },
        { 11.9, Sex.Male, "iron.who2024.hb.5-11-years" },
        { 12, Sex.Female, "iron.who2024.hb.12-14-years" },
        { 14.9, Sex.Female, "iron.who2024.hb.12-14-years" },
        { 15, Sex.Female, "iron.who2024.hb.female-15-plus" },
        { 15, Sex.Male, "iron.who2024.hb.male-15-plus" },
    };

    [Theory]
    [MemberData(nameof(AgeBandEdges))]
    public void Each_who_age_band_starts_and_ends_where_the_guideline_says(double ageYears, Sex sex, string ruleId) =>
        Assert.Equal(ruleId, WhoHemoglobinCutoffs.For(PatientContext.Create(ageYears, sex))!.Rule.Id);

    [Fact]
    public void Infants_under_6_months_have_no_cut_off_and_the_engine_says_so()
    {
        var result = Build.Assess(PatientContext.Create(5.0 / 12, Sex.Male), labs: Build.Hb(100));
        Assert.Null(result.Iron.Anemia);
        Assert.Contains(result.Undecided, u => u.Contains("6 months", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(120, false)]
    [InlineData(119.9, true)]
    public void Non_pregnant_woman_is_anemic_below_120(double hb, bool anemic) =>
        Assert.Equal(anemic, Build.Assess(Build.Adult(), labs: Build.Hb(hb)).Iron.Anemia);

    [Theory]
    [InlineData(130, false)]
    [InlineData(129.9, true)]
    public void Man_is_anemic_below_130(double hb, bool anemic) =>
        Assert.Equal(anemic, Build.Assess(Build.Adult(Sex.Male), labs: Build.Hb(hb)).Iron.Anemia);

    [Theory]
    [InlineData(2, 105, false)]
    [InlineData(2, 104.9, true)]
    [InlineData(1, 110, false)]
    [InlineData(1, 109.9, true)]
    [InlineData(3, 109.9, true)]
    public void Pregnancy_thresholds_depend_on_trimester(int trimester, double hb, bool anemic) =>
        Assert.Equal(anemic, Build.Assess(PatientContext.Create(30, Sex.Female, trimester: trimester), labs: Build.Hb(hb)).Iron.Anemia);

    [Fact]
    public void Elevation_and_smoking_raise_the_threshold_on_the_measured_scale()
    {
        var p = PatientContext.Create(40, Sex.Male, elevationMeters: 2500, smoker: true, cigarettesPerDay: 20);
        var iron = Build.Assess(p, labs: Build.Hb(146)).Iron;
        var expected = 0.0056384 * 2500 + 0.0000003 * 2500 * 2500 + 6;
        Assert.Equal(expected, iron.HemoglobinAdjustmentGPerL!.Value, 12);
        Assert.Equal(130 + expected, iron.HemoglobinThresholdGPerL!.Value, 12);
        Assert.True(iron.Anemia);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(9.0, 3)]
    [InlineData(10.0, 5)]
    [InlineData(19.0, 5)]
    [InlineData(20.0, 6)]
    public void Smoking_adjustment_bands(double? cigarettes, double adjustment) =>
        Assert.Equal(adjustment, HemoglobinAdjustment.ForSmoking(true, cigarettes));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-100, 0)]
    [InlineData(1000, 5.9384)]
    public void Elevation_adjustment_applies_above_sea_level_only(double elevation, double expected) =>
        Assert.Equal(expected, HemoglobinAdjustment.ForElevation(elevation), 9);

    [Theory]
    [InlineData(110, "Mild")]
    [InlineData(109.9, "Moderate")]
    [InlineData(80, "Moderate")]
    [InlineData(79.9, "Severe")]
    public void Severity_bands_for_adult_women(double hb, string severity) =>
        Assert.Equal(severity, Build.Assess(Build.Adult(), labs: Build.Hb(hb)).Iron.AnemiaSeverity.ToString());
}
