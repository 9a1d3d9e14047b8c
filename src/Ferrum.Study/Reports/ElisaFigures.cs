using System.Globalization;
using Ferrum.Study.Elisa;
using ScottPlot;

namespace Ferrum.Study.Reports;

/// <summary>Standard-curve figures: standards, the fitted curve, samples on the curve, LLOQ and ULOQ, on a log concentration axis.</summary>
public static class ElisaFigures
{
    /// <summary>One figure per plate and analyte.</summary>
    public static Figure StandardCurve(PlateAnalysis plate, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(plate);
        var unit = plate.Settings.Unit;
        var qc = plate.Qc;
        var plot = FigureStyle.NewPlot($"Plate {plate.Read.Plate}: {plate.Read.Analyte} ({qc.Model}{(qc.Weighting == "none" ? "" : ", weights " + qc.Weighting)})",
            $"Concentration in well ({unit}, log scale)", "Signal − blank", synthetic);
        var standards = plate.StandardPoints.Where(p => p.Concentration > 0).ToArray();
        var lo = Math.Log10(standards.Min(p => p.Concentration)) - 0.3;
        var hi = Math.Log10(standards.Max(p => p.Concentration)) + 0.3;
        var xs = Enumerable.Range(0, 200).Select(i => lo + (hi - lo) * i / 199.0).ToArray();
        var fit = plot.Add.ScatterLine(xs, xs.Select(x => plate.Curve.Signal(Math.Pow(10, x))).ToArray(), FigureStyle.Palette[6]);
        fit.LineWidth = 2;
        fit.LegendText = "fitted curve";
        var std = plot.Add.ScatterPoints(standards.Select(p => Math.Log10(p.Concentration)).ToArray(), standards.Select(p => p.Signal).ToArray(), FigureStyle.Palette[0]);
        std.MarkerSize = 8;
        std.LegendText = "standards (replicates)";
        var samples = plate.Samples.Where(s => s.InWell > 0 && double.IsFinite(s.InWell)).ToArray();
        if (samples.Length > 0)
        {
            var blank = qc.BlankMean;
            var smp = plot.Add.ScatterPoints(samples.Select(s => Math.Log10(s.InWell)).ToArray(), samples.Select(s => s.MeanSignal - blank).ToArray(), FigureStyle.Palette[1]);
            smp.MarkerSize = 5;
            smp.MarkerShape = MarkerShape.OpenCircle;
            smp.LegendText = "samples (back-calculated)";
        }
        foreach (var (limit, name) in new[] { (qc.Lloq, "LLOQ"), (qc.Uloq, "ULOQ") })
        {
            if (!(limit > 0)) continue;
            var line = plot.Add.VerticalLine(Math.Log10(limit), 1, FigureStyle.Palette[2], LinePattern.Dashed);
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{name} {limit:G4} {unit}");
        }
        var decades = Enumerable.Range((int)Math.Floor(lo), (int)Math.Ceiling(hi) - (int)Math.Floor(lo) + 1).Select(d => (double)d).ToArray();
        plot.Axes.Bottom.SetTicks(decades, [.. decades.Select(d => Math.Pow(10, d).ToString("G6", CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimitsX(lo, hi);
        plot.ShowLegend(Alignment.UpperLeft);
        var caption = $"Standard curve of {plate.Read.Analyte} on plate {plate.Read.Plate}: {qc.LevelsPassing} of {qc.Levels} standard levels within recovery and CV limits; zero standards are not drawn on the log axis.";
        return FigureStyle.Render(plot, $"curve-{FigureStyle.Slug(plate.Read.Plate)}-{FigureStyle.Slug(plate.Read.Analyte)}", caption);
    }
}
