using Ferrum.Clinical.Iron;
using Ferrum.Clinical.Rules;
using Ferrum.Clinical.Therapy;
using Ferrum.Core.Labs;
using Ferrum.Core.Provenance;
using Ferrum.Storage.Labs;

namespace Ferrum.Web.Ui;

/// <summary>One point of a lab history in the analyte's canonical unit.</summary>
/// <param name="Date">Date drawn.</param>
/// <param name="Value">Value in the series' unit.</param>
public sealed record ChartPoint(DateOnly Date, double Value);

/// <summary>A guideline threshold drawn across a chart, with its source.</summary>
/// <param name="Value">Threshold in the series' unit.</param>
/// <param name="Label">What the line means.</param>
/// <param name="Citation">Where the threshold comes from.</param>
public sealed record ChartThreshold(double Value, string Label, Citation Citation);

/// <summary>One analyte's history (ferritin, hemoglobin or TSAT) with its threshold.</summary>
/// <param name="Id">Analyte id (ferritin, hemoglobin, tsat).</param>
/// <param name="Title">Heading.</param>
/// <param name="Unit">Canonical unit of the values.</param>
/// <param name="Color">Line colour (meets 4.5:1 on white).</param>
/// <param name="Points">Oldest first.</param>
/// <param name="Threshold">Guideline threshold, when one applies.</param>
public sealed record ChartSeries(string Id, string Title, string Unit, string Color, IReadOnlyList<ChartPoint> Points, ChartThreshold? Threshold);

/// <summary>Turns stored labs (any accepted unit) into canonical-unit series with the guideline thresholds of the rule set.</summary>
internal static class LabChartModel
{
    /// <summary>The LOINC codes the chart reads.</summary>
    public static IReadOnlyList<string> Loincs { get; } =
        [.. Analytes.Ferritin.LoincCodes, .. Analytes.Hemoglobin.LoincCodes, .. Analytes.TransferrinSaturation.LoincCodes];

    /// <param name="labs">The patient's labs, any order.</param>
    /// <param name="hemoglobinThresholdGPerL">The patient's anemia threshold from the latest assessment (WHO 2024 depends on age, sex, pregnancy, elevation, smoking); null draws none.</param>
    public static IReadOnlyList<ChartSeries> Build(IEnumerable<LabView> labs, double? hemoglobinThresholdGPerL)
    {
        var byAnalyte = labs
            .Select(l => LabResult.TryCreate(l.Loinc, l.Value, l.Unit, l.Date, "$", out var r, out _) ? r : null)
            .OfType<LabResult>()
            .GroupBy(r => r.Analyte.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ChartPoint>)[.. g.OrderBy(r => r.Date).Select(r => new ChartPoint(r.Date!.Value, r.Canonical))]);

        var ferritinRule = TherapyRules.AasmOralOrIv;
        var tsatRule = IronRules.LowTsat;
        return
        [
            Series(Analytes.Ferritin, "Ferritin", "#8a2b12", byAnalyte,
                new ChartThreshold(ferritinRule.Threshold!.Value, "RLS iron threshold " + ferritinRule.Threshold + " µg/L", ferritinRule.Citation)),
            Series(Analytes.Hemoglobin, "Hemoglobin", "#1d4e89", byAnalyte,
                hemoglobinThresholdGPerL is { } hb ? new ChartThreshold(hb, "Anemia below " + Format.Number(hb) + " g/L (this patient)", Sources.Who2024) : null),
            Series(Analytes.TransferrinSaturation, "Transferrin saturation", "#1d5e20", byAnalyte,
                new ChartThreshold(tsatRule.Threshold!.Value, "Low below " + tsatRule.Threshold + " %", tsatRule.Citation)),
        ];
    }

    private static ChartSeries Series(Analyte analyte, string title, string color, Dictionary<string, IReadOnlyList<ChartPoint>> byAnalyte, ChartThreshold? threshold) =>
        new(analyte.Id, title, analyte.CanonicalUnit.Display, color, byAnalyte.GetValueOrDefault(analyte.Id) ?? [], threshold);
}
