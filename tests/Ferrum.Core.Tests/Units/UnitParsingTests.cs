using Ferrum.Core.Units;

namespace Ferrum.Core.Tests.Units;

public sealed class UnitParsingTests
{
    [Theory]
    [InlineData("ng/mL", "ng/mL")]
    [InlineData("ng/ml", "ng/mL")]
    [InlineData("ug/L", "ug/L")]
    [InlineData("µg/L", "ug/L")]
    [InlineData("μg/L", "ug/L")]
    [InlineData("mcg/L", "ug/L")]
    [InlineData("g/dL", "g/dL")]
    [InlineData("g/dl", "g/dL")]
    [InlineData("g/L", "g/L")]
    [InlineData("mmol/L", "mmol/L")]
    [InlineData("umol/L", "umol/L")]
    [InlineData("µmol/l", "umol/L")]
    [InlineData("ug/dL", "ug/dL")]
    [InlineData("mcg/dL", "ug/dL")]
    [InlineData("mg/dL", "mg/dL")]
    [InlineData("mg/L", "mg/L")]
    [InlineData("fL", "fL")]
    [InlineData("fl", "fL")]
    [InlineData("pg", "pg")]
    [InlineData("%", "%")]
    [InlineData("pmol/L", "pmol/L")]
    [InlineData(" g / dL ", "g/dL")]
    public void Common_spellings_parse_to_their_ucum_code(string text, string ucum)
    {
        Assert.True(Unit.TryParse(text, out var unit));
        Assert.Equal(ucum, unit.Ucum);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("furlongs")]
    [InlineData("mg")]
    [InlineData("IU/L")]
    public void Unknown_spellings_do_not_parse(string? text) => Assert.False(Unit.TryParse(text, out _));

    [Fact]
    public void Ng_per_ml_equals_ug_per_l()
    {
        var q = Quantity.Of(42, Unit.NanogramPerMilliliter).To(Unit.MicrogramPerLiter);
        Assert.Equal(42, q.Value, 12);
    }
}
