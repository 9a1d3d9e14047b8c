using Ferrum.Core.Errors;
using Ferrum.Study.Elisa;

namespace Ferrum.Study.Tests.Elisa;

public sealed class PlateLayoutReaderTests
{
    internal const string Layout = """
        analytes:
          ferritin: { unit: pg/mL, model: 4PL, weighting: none }
          tfr: { unit: ng/mL, model: 5PL, weighting: 1/y2 }
        standards:
          - { level: S1, wells: [A1, A2], concentration: 1000, concentrations: { tfr: 50 } }
          - { level: S2, wells: [B1, B2], concentration: 500, concentrations: { tfr: 25 } }
          - { level: S3, wells: [C1, C2], concentration: 250, concentrations: { tfr: 12.5 } }
          - { level: S4, wells: [D1, D2], concentration: 125, concentrations: { tfr: 6.25 } }
          - { level: S5, wells: [E1, E2], concentration: 62.5, concentrations: { tfr: 3.125 } }
        blanks: [H1, H2]
        controls:
          - { id: QC1, wells: [F1, F2], expected: { ferritin: 300 } }
        samples:
          - { id: S001, wells: [A3, A4], dilution: 4 }
        plates:
          P2:
            samples:
              - { id: S002, wells: [A3, A4] }
        qc: { recoveryMinPercent: 85, recoveryMaxPercent: 115, maxCvPercent: 15 }
        """;

    [Fact]
    public void Layout_reads_standards_blanks_controls_samples_and_settings()
    {
        var layout = PlateLayoutReader.Read(new StringReader(Layout), "layout.yaml");
        Assert.Equal(5, layout.Standards.Count);
        Assert.Equal(1000, layout.Standards[0].For("ferritin"));
        Assert.Equal(50, layout.Standards[0].For("tfr"));
        Assert.Equal(2, layout.Blanks.Count);
        Assert.Equal(300, layout.Controls[0].Expected["ferritin"]);
        Assert.Equal("S001", Assert.Single(layout.SamplesOf("P1")).Id);
        Assert.Equal(4, layout.SamplesOf("P1")[0].Dilution);
        Assert.Equal(1, Assert.Single(layout.SamplesOf("P2")).Dilution);
        Assert.Equal(("5PL", "1/y2", "ng/mL"), (layout.SettingsOf("tfr").Model, layout.SettingsOf("tfr").Weighting, layout.SettingsOf("tfr").Unit));
        Assert.Equal((0.85, 1.15, 0.15, 0.75), (layout.Qc.RecoveryMin, layout.Qc.RecoveryMax, layout.Qc.MaxCv, layout.Qc.MinStandardsPassing));
    }

    [Theory]
    [InlineData("blanks: [H1, H2]", "blanks: [H1, Q2]", "blanks[1]")]
    [InlineData("dilution: 4", "dilution: 0.5", "samples[0].dilution")]
    [InlineData("model: 5PL", "model: 6PL", "analytes.tfr.model")]
    [InlineData("blanks: [H1, H2]", "blanks: [H1, A1]", "samples")]
    public void Invalid_layout_entries_name_their_key(string from, string to, string location)
    {
        var ex = Assert.Throws<InputErrorException>(() => PlateLayoutReader.Read(new StringReader(Layout.Replace(from, to, StringComparison.Ordinal)), "layout.yaml"));
        Assert.Contains(ex.Errors, e => e.Location == location && e.File == "layout.yaml");
    }

    [Fact]
    public void Fewer_than_four_standards_cannot_make_a_curve()
    {
        var ex = Assert.Throws<InputErrorException>(() => PlateLayoutReader.Read(new StringReader("standards:\n  - { wells: [A1], concentration: 10 }\n"), "l.yaml"));
        Assert.Contains(ex.Errors, e => e.Location == "standards");
    }
}
