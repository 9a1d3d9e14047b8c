using System.Globalization;
using Ferrum.Core.Labs;

namespace Ferrum.Core.Tests.Labs;

public sealed class LabResultTests
{
    [Theory]
    [InlineData("718-7", "hemoglobin")]
    [InlineData("787-2", "mcv")]
    [InlineData("2276-4", "ferritin")]
    [InlineData("20567-4", "ferritin")]
    [InlineData("2498-4", "serum-iron")]
    [InlineData("2500-7", "tibc")]
    [InlineData("2502-3", "tsat")]
    [InlineData("3034-6", "transferrin")]
    [InlineData("1988-5", "crp")]
    [InlineData("30248-9", "stfr")]
    [InlineData("71694-4", "ret-he")]
    public void Each_loinc_code_maps_to_its_analyte(string loinc, string analyte)
    {
        Assert.True(Analytes.TryFindByLoinc(loinc, out var a));
        Assert.Equal(analyte, a.Id);
    }

    [Fact]
    public void Unknown_loinc_is_reported_with_the_known_codes()
    {
        Assert.False(LabResult.TryCreate("9999-4", 1, "g/L", null, "$.labs[0]", out _, out var error));
        Assert.Equal("loinc.unknown", error!.Code);
        Assert.Equal("$.labs[0].loinc", error.Location);
        Assert.Contains("2276-4", error.Accepted, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_unit_names_the_units_the_analyte_accepts()
    {
        Assert.False(LabResult.TryCreate("2276-4", 40, "furlongs", null, "$.labs[1]", out _, out var error));
        Assert.Equal("unit.unknown", error!.Code);
        Assert.Equal("$.labs[1].unit", error.Location);
        Assert.Equal("ug/L, ng/mL, pmol/L", error.Accepted);
    }

    [Fact]
    public void A_known_unit_that_cannot_report_the_analyte_is_refused()
    {
        Assert.False(LabResult.TryCreate("2276-4", 40, "g/dL", null, "$.labs[0]", out _, out var error));
        Assert.Equal("unit.not-accepted", error!.Code);
    }

    [Theory]
    [InlineData("718-7", 0.9, "g/dL", false)]
    [InlineData("718-7", 1.0, "g/dL", true)]
    [InlineData("718-7", 25, "g/dL", true)]
    [InlineData("718-7", 25.1, "g/dL", false)]
    [InlineData("2276-4", 100000, "ng/mL", true)]
    [InlineData("2276-4", 100001, "ng/mL", false)]
    [InlineData("2276-4", -1, "ng/mL", false)]
    [InlineData("2502-3", 100, "%", true)]
    [InlineData("2502-3", 100.1, "%", false)]
    public void Values_outside_the_plausible_range_are_rejected(string loinc, double value, string unit, bool ok)
    {
        var created = LabResult.TryCreate(loinc, value, unit, null, "$.labs[0]", out var lab, out var error);
        Assert.Equal(ok, created);
        if (!ok)
        {
            Assert.Equal("value.implausible", error!.Code);
            Assert.Equal("$.labs[0].value", error.Location);
        }
        else Assert.NotNull(lab);
    }

    [Fact]
    public void Messages_use_invariant_numbers_under_german_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.False(LabResult.TryCreate("718-7", 25.5, "g/dL", null, "$.labs[0]", out _, out var error));
            Assert.Equal("25.5 g/dL", error!.Value);
            Assert.Equal("10 to 250 g/L", error.Accepted);
            Assert.Equal("0.1 to 100000 ug/L", Analytes.Ferritin.PlausibleRangeText);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
