using Ferrum.Statistics.DoseResponse;
using Ferrum.Study.Demo;
using Ferrum.Study.Elisa;

namespace Ferrum.Study.Tests.Elisa;

public sealed class ElisaProcessorTests
{
    /// <summary>A rising sandwich-ELISA curve (drc LL.4, b &lt; 0): bottom 0.05, top 2.5, ED50 4 ng/mL.</summary>
    private static readonly LogLogisticParameters Known = new(-1.2, 0.05, 2.5, 4.0);

    private static PlateLayout Layout(string extra = "") => PlateLayoutReader.Read(new StringReader($$"""
        analytes: { ferritin: { unit: ng/mL } }
        standards:
          - { wells: [A1, A2], concentration: 40 }
          - { wells: [B1, B2], concentration: 20 }
          - { wells: [C1, C2], concentration: 10 }
          - { wells: [D1, D2], concentration: 5 }
          - { wells: [E1, E2], concentration: 2.5 }
          - { wells: [F1, F2], concentration: 1.25 }
          - { wells: [G1, G2], concentration: 0.625 }
          - { wells: [H1, H2], concentration: 0 }
        blanks: [A12, B12]
        controls:
          - { id: QC, wells: [C12, D12], expected: { ferritin: 8 } }
        samples:
          - { id: mid, wells: [A3, A4], dilution: 4 }
          - { id: low, wells: [B3, B4], dilution: 1 }
          - { id: high, wells: [C3, C4], dilution: 1 }
          - { id: neat, wells: [D3, D4] }
        {{extra}}
        """), "layout.yaml");

    private static readonly Dictionary<string, double> Truth = new() { ["mid"] = 30, ["low"] = 0.2, ["high"] = 80, ["neat"] = 3 };

    private static PlateRead Exact(PlateLayout layout) =>
        new PlateSimulator(Known, blank: 0.04, cv: 0, noiseSd: 0, new Random(1)).Read("P1", "ferritin", layout, Truth, new Dictionary<string, double> { ["QC"] = 8 });

    [Fact]
    public void Noise_free_plate_recovers_the_known_curve_and_back_calculates_with_dilution()
    {
        var layout = Layout();
        var plate = Assert.Single(new ElisaProcessor(new LogLogisticFitter()).Process([Exact(layout)], layout).Plates);
        var p = plate.Curve.Parameters.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(Known.B, p["b"], 6);
        Assert.Equal(Known.E, p["e"], 6);
        var mid = plate.Samples.Single(s => s.SampleId == "mid");
        Assert.Equal(30.0 / 4, mid.InWell, 6);
        Assert.Equal(30.0, mid.Concentration, 5);
        Assert.Equal(4, mid.Dilution);
        Assert.Empty(mid.Flags);
        Assert.Equal(3.0, plate.Samples.Single(s => s.SampleId == "neat").Concentration, 6);
        Assert.All(plate.Standards, s => Assert.Equal(1.0, s.Recovery, 6));
        Assert.Equal((0.625, 40.0), (plate.Qc.Lloq, plate.Qc.Uloq));
        Assert.Equal(1.0, plate.Controls.Single().Recovery!.Value, 6);
        Assert.True(plate.Qc.Pass);
        Assert.Equal(0.04, plate.Qc.BlankMean, 12);
    }

    [Fact]
    public void Samples_outside_the_standards_are_flagged_below_LLOQ_or_above_ULOQ()
    {
        var layout = Layout();
        var plate = new ElisaProcessor(new LogLogisticFitter()).Process([Exact(layout)], layout).Plates[0];
        Assert.Equal([ElisaFlags.BelowLloq], plate.Samples.Single(s => s.SampleId == "low").Flags);
        Assert.Equal([ElisaFlags.AboveUloq], plate.Samples.Single(s => s.SampleId == "high").Flags);
        Assert.Equal(2, plate.Qc.SamplesFlagged);
    }

    [Fact]
    public void Discordant_replicates_flag_high_CV_and_a_failing_top_standard_lowers_ULOQ()
    {
        var layout = Layout();
        var exact = Exact(layout);
        var signals = exact.Signals.ToDictionary();
        signals[WellAddress.Of(0, 4)] *= 1.6;               // A4: second replicate of "mid"
        signals[WellAddress.Of(0, 1)] *= 0.6;               // A1: one replicate of the 40 ng/mL standard
        var plate = new ElisaProcessor(new LogLogisticFitter()).Process([exact with { Signals = signals }], layout).Plates[0];
        Assert.Contains(ElisaFlags.HighCv, plate.Samples.Single(s => s.SampleId == "mid").Flags);
        var top = plate.Standards.Single(s => s.Nominal == 40);
        Assert.False(top.Passes);
        Assert.True(top.Cv > 0.2);
        Assert.True(plate.Qc.Uloq < 40, $"ULOQ {plate.Qc.Uloq} should drop below the failing 40 ng/mL level");
    }

    [Fact]
    public void Stricter_configured_recovery_window_fails_more_standards()
    {
        var layout = Layout("qc: { recoveryMinPercent: 99.9, recoveryMaxPercent: 100.1, maxCvPercent: 20, minStandardsPassingPercent: 100 }");
        var sim = new PlateSimulator(Known, 0.04, cv: 0.05, noiseSd: 0.002, new Random(3));
        var read = sim.Read("P1", "ferritin", layout, Truth, new Dictionary<string, double> { ["QC"] = 8 });
        var plate = new ElisaProcessor(new LogLogisticFitter()).Process([read], layout).Plates[0];
        Assert.True(plate.Qc.LevelsPassing < plate.Qc.Levels);
        Assert.False(plate.Qc.Pass);
        Assert.Contains(plate.Qc.Problems, p => p.Contains("standard levels pass", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { true, true, true, true }, 1.0, 4.0)]
    [InlineData(new[] { false, true, true, false }, 2.0, 3.0)]
    [InlineData(new[] { true, false, true, true }, 3.0, 4.0)]
    [InlineData(new[] { false, false, false, false }, double.NaN, double.NaN)]
    public void LLOQ_and_ULOQ_bound_the_longest_run_of_passing_levels(bool[] passes, double lloq, double uloq)
    {
        var levels = passes.Select((p, i) => new StandardRecovery("P", "a", $"S{i}", i + 1, 2, 1, 0, i + 1, 1, p)).ToList();
        Assert.Equal((lloq, uloq), ElisaProcessor.QuantifiableRange(levels));
    }

    [Fact]
    public void Layout_well_without_a_reading_is_an_input_error()
    {
        var layout = Layout();
        var exact = Exact(layout);
        var signals = exact.Signals.Where(kv => kv.Key != WellAddress.Of(0, 3)).ToDictionary();
        var ex = Assert.Throws<Ferrum.Core.Errors.InputErrorException>(() => new ElisaProcessor(new LogLogisticFitter()).Process([exact with { Signals = signals }], layout));
        Assert.Equal("elisa.well-not-read", ex.Error.Code);
        Assert.Equal("well A3", ex.Error.Field);
    }

    [Fact]
    public void Plate_missing_from_a_per_plate_layout_is_an_input_error_listing_the_plates()
    {
        var layout = Layout() with { Samples = [], PlateSamples = new Dictionary<string, IReadOnlyList<SampleWells>> { ["P9"] = Layout().Samples } };
        var ex = Assert.Throws<Ferrum.Core.Errors.InputErrorException>(() => new ElisaProcessor(new LogLogisticFitter()).Process([Exact(Layout())], layout));
        Assert.Equal(("elisa.plate-not-in-layout", "P1", "P9"), (ex.Error.Code, ex.Error.Value, ex.Error.Accepted));
    }
}
