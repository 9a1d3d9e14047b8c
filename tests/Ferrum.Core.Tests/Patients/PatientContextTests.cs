using Ferrum.Core.Errors;
using Ferrum.Core.Patients;

namespace Ferrum.Core.Tests.Patients;

public sealed class PatientContextTests
{
    [Fact]
    public void A_trimester_implies_pregnancy()
    {
        var p = PatientContext.Create(30, Sex.Female, trimester: 2);
        Assert.True(p.Pregnant);
    }

    [Fact]
    public void Cigarettes_imply_smoking()
    {
        Assert.True(PatientContext.Create(30, Sex.Male, cigarettesPerDay: 5).Smoker);
    }

    [Theory]
    [InlineData(-1, "value.out-of-range", "$.patient.ageYears")]
    [InlineData(121, "value.out-of-range", "$.patient.ageYears")]
    public void Age_outside_0_to_120_is_rejected(double age, string code, string location)
    {
        var ex = Assert.Throws<InputErrorException>(() => PatientContext.Create(age, Sex.Female));
        Assert.Equal(code, ex.Error.Code);
        Assert.Equal(location, ex.Error.Location);
        Assert.Equal("0 to 120 years", ex.Error.Accepted);
    }

    [Fact]
    public void Pregnant_males_and_bad_trimesters_are_rejected()
    {
        Assert.Equal("pregnant.male", Assert.Throws<InputErrorException>(() => PatientContext.Create(30, Sex.Male, pregnant: true)).Error.Code);
        Assert.Equal("trimester.out-of-range", Assert.Throws<InputErrorException>(() => PatientContext.Create(30, Sex.Female, trimester: 4)).Error.Code);
        Assert.Equal("trimester.not-pregnant", Assert.Throws<InputErrorException>(() => PatientContext.Create(30, Sex.Female, pregnant: false, trimester: 1)).Error.Code);
        Assert.Equal("ckd.out-of-range", Assert.Throws<InputErrorException>(() => PatientContext.Create(30, Sex.Female, ckdStage: 6)).Error.Code);
    }

    [Theory]
    [InlineData(0.5, 6)]
    [InlineData(23.0 / 12, 23)]
    [InlineData(2, 24)]
    [InlineData(59.0 / 12, 59)]
    [InlineData(5, 60)]
    public void Age_in_completed_months(double years, int months) =>
        Assert.Equal(months, PatientContext.Create(years, Sex.Female).AgeMonths);
}
