using CsCheck;
using Ferrum.Core.Labs;
using Ferrum.Core.Units;

namespace Ferrum.Core.Tests.Units;

public sealed class ConversionTests
{
    public static TheoryData<string, double, string, string, double> Known => new()
    {
        // analyte, value, from, to, expected (published factors: Fe 55.845 g/mol; Hb 0.62063; ferritin 2.247)
        { "serum-iron", 100, "ug/dL", "umol/L", 100 * 10 / 55.845 },
        { "tibc", 17.9, "umol/L", "ug/dL", 17.9 * 55.845 / 10 },
        { "hemoglobin", 10, "g/dL", "g/L", 100 },
        { "hemoglobin", 10, "g/dL", "mmol/L", 6.2063 },
        { "hemoglobin", 6.2063, "mmol/L", "g/dL", 10 },
        { "ferritin", 100, "ng/mL", "pmol/L", 224.7 },
        { "ferritin", 100, "ng/mL", "ug/L", 100 },
        { "transferrin", 250, "mg/dL", "g/L", 2.5 },
        { "crp", 1, "mg/dL", "mg/L", 10 },
        { "tsat", 0.2, "1", "%", 20 },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Converts_with_the_published_factor(string analyteId, double value, string from, string to, double expected)
    {
        var analyte = Analytes.All.Single(a => a.Id == analyteId);
        Assert.True(Unit.TryParse(from, out var f));
        Assert.True(Unit.TryParse(to, out var t));
        var converted = analyte.Convert(Quantity.Of(value, f), t);
        Assert.Equal(expected, converted.Value, 9);
        Assert.Equal(t, converted.Unit);
    }

    [Fact]
    public void Every_pair_of_accepted_units_round_trips_for_every_analyte()
    {
        var pairs = Analytes.All.SelectMany(a => a.AcceptedUnits.SelectMany(u => a.AcceptedUnits.Select(v => (a, u, v)))).ToArray();
        Gen.Select(Gen.Int[0, pairs.Length - 1], Gen.Double[1e-3, 1e5]).Sample((i, x) =>
        {
            var (analyte, u, v) = pairs[i];
            var back = analyte.Convert(analyte.Convert(Quantity.Of(x, u), v), u).Value;
            return Math.Abs(back - x) <= 1e-12 * Math.Abs(x);
        }, iter: 2000);
    }

    [Fact]
    public void Conversion_is_monotonic_and_linear()
    {
        Gen.Select(Gen.Double[0.01, 1000], Gen.Double[0.01, 1000]).Sample((a, b) =>
        {
            var fa = Analytes.SerumIron.Convert(Quantity.Of(a, Unit.MicrogramPerDeciliter), Unit.MicromolePerLiter).Value;
            var fb = Analytes.SerumIron.Convert(Quantity.Of(b, Unit.MicrogramPerDeciliter), Unit.MicromolePerLiter).Value;
            return Math.Sign(a - b) == Math.Sign(fa - fb) && Math.Abs(fa / a - fb / b) < 1e-12;
        }, iter: 500);
    }

    [Fact]
    public void Mass_to_molar_without_a_molar_mass_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Analytes.Crp.Convert(Quantity.Of(5, Unit.MilligramPerLiter), Unit.MicromolePerLiter));
    }

    [Fact]
    public void Quantity_refuses_non_finite_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(double.NaN, Unit.GramPerLiter));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Of(double.PositiveInfinity, Unit.GramPerLiter));
    }
}
