using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Tests.Support;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Tests.Iron;

public sealed class FerritinBoundaryTests
{
    [Theory]
    [InlineData(45, 14.9, null, IronDeficiencyStatus.Present)]
    [InlineData(45, 15, null, IronDeficiencyStatus.Absent)]
    [InlineData(3, 11.9, null, IronDeficiencyStatus.Present)]
    [InlineData(3, 12, null, IronDeficiencyStatus.Absent)]
    [InlineData(45, 69.9, 5.0, IronDeficiencyStatus.Present)]
    [InlineData(45, 70, 5.0, IronDeficiencyStatus.Absent)]
    [InlineData(45, 69.9, 4.9, IronDeficiencyStatus.Absent)]
    [InlineData(3, 29.9, 5.0, IronDeficiencyStatus.Present)]
    [InlineData(3, 30, 5.0, IronDeficiencyStatus.Absent)]
    public void Who_ferritin_thresholds_by_age_and_inflammation(double age, double ferritin, double? crp, IronDeficiencyStatus expected)
    {
        var labs = crp is { } c ? new[] { Build.Ferritin(ferritin), Build.Crp(c) } : new[] { Build.Ferritin(ferritin) };
        Assert.Equal(expected, Build.Assess(PatientContext.Create(age, Sex.Female), labs: labs).Iron.IronDeficiency);
    }

    [Theory]
    [InlineData(44.9, IronDeficiencyStatus.Present)]
    [InlineData(45, IronDeficiencyStatus.Absent)]
    public void Aga_uses_45_in_anemic_adults(double ferritin, IronDeficiencyStatus expected)
    {
        var iron = Build.Assess(Build.Adult(), labs: [Build.Ferritin(ferritin), Build.Hb(105), Build.Tsat(25)]).Iron;
        Assert.True(iron.Anemia);
        Assert.Equal(expected, iron.IronDeficiency);
    }

    [Fact]
    public void Aga_threshold_does_not_apply_without_anemia()
    {
        var iron = Build.Assess(Build.Adult(), labs: [Build.Ferritin(30), Build.Hb(130), Build.Tsat(25)]).Iron;
        Assert.Equal(IronDeficiencyStatus.Absent, iron.IronDeficiency);
    }

    [Theory]
    [InlineData(19.9, IronDeficiencyStatus.Possible)]
    [InlineData(20, IronDeficiencyStatus.Absent)]
    public void Low_tsat_makes_deficiency_possible_when_ferritin_is_not_diagnostic(double tsat, IronDeficiencyStatus expected) =>
        Assert.Equal(expected, Build.Assess(Build.Adult(), labs: [Build.Ferritin(80), Build.Tsat(tsat)]).Iron.IronDeficiency);

    [Fact]
    public void Tsat_is_computed_from_iron_and_tibc_in_any_accepted_unit()
    {
        var iron = Build.Assess(Build.Adult(), labs: [Build.Lab("2498-4", 9, "umol/L"), Build.Lab("2500-7", 72, "umol/L")]).Iron;
        Assert.Equal(12.5, iron.TsatPercent!.Value, 9);
        Assert.Equal("computed", iron.TsatSource);
    }

    [Fact]
    public void Measured_tsat_wins_over_computed()
    {
        var iron = Build.Assess(Build.Adult(), labs: [Build.Tsat(30), Build.Lab("2498-4", 50, "ug/dL"), Build.Lab("2500-7", 400, "ug/dL")]).Iron;
        Assert.Equal(30, iron.TsatPercent);
        Assert.Equal("measured", iron.TsatSource);
    }

    [Theory]
    [InlineData(79.9, true)]
    [InlineData(80, false)]
    public void Microcytosis_below_80_fl_in_adults(double mcv, bool micro) =>
        Assert.Equal(micro, Build.Assess(Build.Adult(), labs: Build.Lab("787-2", mcv, "fL")).Iron.Microcytosis);

    [Fact]
    public void Microcytosis_is_not_judged_in_children() =>
        Assert.Null(Build.Assess(PatientContext.Create(8, Sex.Male), labs: Build.Lab("787-2", 70, "fL")).Iron.Microcytosis);

    [Fact]
    public void Missing_ferritin_is_reported_as_undecided_not_guessed()
    {
        var result = Build.Assess(Build.Adult(), labs: Build.Hb(100));
        Assert.Equal(IronDeficiencyStatus.Unknown, result.Iron.IronDeficiency);
        Assert.Contains("Iron deficiency could not be decided: needs ferritin", result.Undecided);
    }

    [Fact]
    public void The_latest_dated_result_is_used()
    {
        var result = Build.Assess(Build.Adult(), labs: [Build.Lab("2276-4", 10, "ug/L", new DateOnly(2025, 1, 1)), Build.Lab("2276-4", 60, "ug/L", new DateOnly(2026, 11, 1))]);
        Assert.Equal(60, result.Iron.FerritinUgPerL);
    }

    [Fact]
    public void Results_older_than_a_year_are_flagged()
    {
        var result = Build.Assess(Build.Adult(), labs: Build.Lab("2276-4", 60, "ug/L", new DateOnly(2025, 11, 23)));
        Assert.Contains(result.Findings, f => f.Id == "data.lab-older-than-365-days");
        var fresh = Build.Assess(Build.Adult(), labs: Build.Lab("2276-4", 60, "ug/L", new DateOnly(2025, 11, 24)));
        Assert.DoesNotContain(fresh.Findings, f => f.Id == "data.lab-older-than-365-days");
    }
}
