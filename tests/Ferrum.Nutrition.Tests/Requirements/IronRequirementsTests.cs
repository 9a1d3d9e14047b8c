using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Requirements;

namespace Ferrum.Nutrition.Tests.Requirements;

public sealed class IronRequirementsTests
{
    // IOM 2001 DRI table (RDA and UL, mg/day).
    [Theory]
    [InlineData(Sex.Female, 34, false, false, 18, 45)]
    [InlineData(Sex.Male, 34, false, false, 8, 45)]
    [InlineData(Sex.Female, 55, false, false, 8, 45)]
    [InlineData(Sex.Female, 15, false, false, 15, 45)]
    [InlineData(Sex.Male, 15, false, false, 11, 45)]
    [InlineData(Sex.Female, 10, false, false, 8, 40)]
    [InlineData(Sex.Male, 6, false, false, 10, 40)]
    [InlineData(Sex.Female, 2, false, false, 7, 40)]
    [InlineData(Sex.Female, 30, true, false, 27, 45)]
    [InlineData(Sex.Female, 17, false, true, 10, 45)]
    [InlineData(Sex.Female, 30, false, true, 9, 45)]
    public void Rda_and_ul_follow_the_iom_table(Sex sex, double age, bool pregnant, bool lactating, double rda, double ul)
    {
        var r = IronRequirements.For(new LifeStage(sex, age, pregnant, lactating), DietPattern.Omnivore);
        Assert.Equal(rda, r.RdaMixedDietMg);
        Assert.Equal(ul, r.UlMg);
        Assert.Equal(rda * 0.18, r.AbsorbedTargetMg, 12);
    }

    [Theory]
    [InlineData(DietPattern.Vegetarian, 32.4)]
    [InlineData(DietPattern.Vegan, 32.4)]
    [InlineData(DietPattern.Pescatarian, 18)]
    public void Vegetarians_need_1_8_times_the_rda(DietPattern pattern, double dietary) =>
        Assert.Equal(dietary, IronRequirements.For(new LifeStage(Sex.Female, 34), pattern).DietaryTargetMg, 10);

    [Fact]
    public void A_clinician_target_overrides_the_derived_one()
    {
        var r = IronRequirements.For(new LifeStage(Sex.Female, 34), DietPattern.Omnivore, clinicianAbsorbedTargetMg: 4.5);
        Assert.Equal(4.5, r.AbsorbedTargetMg);
        Assert.True(r.ClinicianTarget);
    }

    [Theory]
    [InlineData(0.5, "age.out-of-range")]
    [InlineData(130, "age.out-of-range")]
    public void Ages_outside_the_tables_are_rejected(double age, string code) =>
        Assert.Equal(code, Assert.Throws<InputErrorException>(() => IronRequirements.For(new LifeStage(Sex.Female, age), DietPattern.Omnivore)).Error.Code);

    [Fact]
    public void Pregnancy_for_a_male_is_rejected() =>
        Assert.Equal("pregnancy.sex", Assert.Throws<InputErrorException>(() => IronRequirements.For(new LifeStage(Sex.Male, 30, Pregnant: true), DietPattern.Omnivore)).Error.Code);
}
