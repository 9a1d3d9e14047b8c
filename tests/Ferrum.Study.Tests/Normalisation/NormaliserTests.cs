using Ferrum.Study.Data;
using Ferrum.Study.Normalisation;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Tests.Normalisation;

public sealed class NormaliserTests
{
    private static Dataset Data() => DatasetReader.ReadCsv(new StringReader("id,ferritin,serum,cd81,nta,protein\nA,2,30,4,2e9,0.5\nB,3,40,0,4e9,\nC,,50,2,1e9,2\nD,1,60,8,5e8,1\n"), "d.csv");

    public static TheoryData<NormalisationMethod, string?, LogTransform, double[]> Cases => new()
    {
        { NormalisationMethod.EvMarker, "cd81", LogTransform.None, [0.5, double.NaN, double.NaN, 0.125] },
        { NormalisationMethod.EvMarker, "cd81", LogTransform.Log2, [-1, double.NaN, double.NaN, -3] },
        { NormalisationMethod.Particles, "nta", LogTransform.None, [1, 0.75, double.NaN, 2] },
        { NormalisationMethod.TotalProtein, "protein", LogTransform.Ln, [Math.Log(4), double.NaN, double.NaN, 0] },
        { NormalisationMethod.None, null, LogTransform.Log10, [Math.Log10(2), Math.Log10(3), double.NaN, 0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Biomarkers_are_divided_per_subject_and_optionally_logged(NormalisationMethod method, string? column, LogTransform log, double[] expected)
    {
        var spec = new NormalisationSpec(method, column, ["ferritin"], log);
        var (data, outcomes) = Normaliser.Apply(Data(), spec);
        var actual = data.Numeric("ferritin");
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 12);
        Assert.Equal([30.0, 40, 50, 60], data.Numeric("serum"));
        Assert.Equal("ferritin", Assert.Single(outcomes).Biomarker);
    }

    [Fact]
    public void Zero_or_missing_divisor_makes_the_value_missing_and_is_counted()
    {
        var (_, outcomes) = Normaliser.Apply(Data(), new NormalisationSpec(NormalisationMethod.EvMarker, "cd81", ["ferritin"], LogTransform.None));
        Assert.Equal(1, outcomes[0].LostToDivisor);
        Assert.Equal("ferritin / cd81 (ratio to EV marker)", outcomes[0].Description);
    }

    [Fact]
    public void Normalisation_in_the_spec_is_read_from_yaml()
    {
        var spec = StudySpecReader.Read(new StringReader("group: { column: g, case: a, control: b }\nbiomarkers: [ferritin, serum]\nnormalisation: { method: particles, column: nta, apply: [ferritin], log: log2 }\n"), "s.yaml");
        Assert.Equal(new NormalisationSpec(NormalisationMethod.Particles, "nta", ["ferritin"], LogTransform.Log2) with { Apply = spec.Normalisation.Apply }, spec.Normalisation);
        Assert.Equal(["ferritin"], spec.Normalisation.Apply);
    }
}
