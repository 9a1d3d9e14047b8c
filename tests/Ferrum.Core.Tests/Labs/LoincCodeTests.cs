using Ferrum.Core.Labs;

namespace Ferrum.Core.Tests.Labs;

public sealed class LoincCodeTests
{
    // Worked example of the LOINC Users' Guide 12 C (12345 -> 5) and codes whose check digit LOINC publishes.
    [Theory]
    [InlineData("12345", 5)]
    [InlineData("2276", 4)]
    [InlineData("718", 7)]
    [InlineData("20567", 4)]
    [InlineData("30248", 9)]
    [InlineData("71694", 4)]
    [InlineData("1", 8)]
    [InlineData("9999", 4)]
    public void Check_digit_follows_the_published_mod_10_algorithm(string body, int expected) =>
        Assert.Equal(expected, LoincCode.CheckDigit(body));

    [Theory]
    [InlineData("2276-4", true)]
    [InlineData(" 2276-4 ", true)]
    [InlineData("2276", false)]            // check digit missing
    [InlineData("2276-5", false)]          // wrong check digit
    [InlineData("22764", false)]
    [InlineData("2276-", false)]
    [InlineData("-4", false)]
    [InlineData("12345678-9", false)]      // more than 7 digits
    [InlineData("2276-44", false)]
    [InlineData("22a6-4", false)]
    [InlineData("２２７６-4", false)]       // full-width digits are not ASCII digits
    [InlineData("LP1234-5", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("11491-6", true)]          // one of the 14 published exceptions (computed digit would be 8)
    [InlineData("6649-9", true)]
    public void Well_formed_codes_have_the_shape_and_the_check_digit(string? code, bool expected) =>
        Assert.Equal(expected, LoincCode.IsWellFormed(code));

    [Fact]
    public void Every_code_ferrum_knows_is_well_formed() =>
        Assert.All(Analytes.KnownLoincCodes, c => Assert.True(LoincCode.IsWellFormed(c), c));

    [Fact]
    public void A_code_without_check_digit_is_malformed_not_unknown()
    {
        Assert.False(LabResult.TryCreate("2276", 42, "ng/mL", null, "$.labs[0]", out _, out var error));
        Assert.Equal("loinc.malformed", error!.Code);
        Assert.Equal("$.labs[0].loinc", error.Location);
        Assert.Contains("check digit", error.Accepted, StringComparison.Ordinal);
    }
}
