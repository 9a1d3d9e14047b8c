using System.Globalization;
using MathNet.Numerics.Statistics;
using ScottPlot;

namespace Ferrum.Study.Reports;

/// <summary>The figures of a case–control report: box-and-strip per biomarker, ROC overlay, biomarker vs severity.</summary>
public static class StudyFigures
{
    /// <summary>Most points drawn per group in a strip (and per scatter); larger groups are sampled with the seed.</summary>
    public const int MaxStripPoints = 1000;

    /// <summary>Box (median, quartiles by R's type 7, whiskers to the most extreme value within 1.5 IQR) with jittered points per group.</summary>
    public static Figure BoxStrip(string biomarker, string label, IReadOnlyList<(string Group, IReadOnlyList<double> Values)> groups, int seed, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var plot = FigureStyle.NewPlot($"{label} by group", "Group", label, synthetic);
        var random = new Random(seed);
        for (var g = 0; g < groups.Count; g++)
        {
            var values = groups[g].Values.Where(double.IsFinite).ToArray();
            if (values.Length == 0) continue;
            var color = FigureStyle.Palette[g % FigureStyle.Palette.Length];
            var (q1, median, q3) = (values.QuantileCustom(0.25, QuantileDefinition.R7), values.QuantileCustom(0.5, QuantileDefinition.R7), values.QuantileCustom(0.75, QuantileDefinition.R7));
            var fence = 1.5 * (q3 - q1);
            var box = new Box
            {
                Position = g,
                BoxMin = q1,
                BoxMax = q3,
                BoxMiddle = median,
                WhiskerMin = values.Where(v => v >= q1 - fence).Min(),
                WhiskerMax = values.Where(v => v <= q3 + fence).Max(),
                Width = 0.5,
            };
            box.FillColor = color.WithAlpha(0.25);
            box.LineColor = color;
            plot.Add.Box(box);
            // Large groups: draw a seeded random sample of the points (the box still summarises all of them).
            var shown = values.Length <= MaxStripPoints ? values : [.. values.OrderBy(_ => random.Next()).Take(MaxStripPoints)];
            var xs = shown.Select(_ => g + (random.NextDouble() - 0.5) * 0.3).ToArray();
            var points = plot.Add.ScatterPoints(xs, shown, color);
            points.MarkerSize = 6;
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, groups.Count).Select(i => (double)i)],
            [.. groups.Select(g => $"{g.Group} (n={g.Values.Count(double.IsFinite)})")]);
        plot.Axes.SetLimitsX(-0.6, groups.Count - 0.4);
        var sampled = groups.Any(g => g.Values.Count(double.IsFinite) > MaxStripPoints)
            ? $" Groups larger than {MaxStripPoints} show a random sample of {MaxStripPoints} points (seed {seed})."
            : string.Empty;
        return FigureStyle.Render(plot, "box-" + FigureStyle.Slug(biomarker), $"{label} by group: box (median and quartiles, whiskers to 1.5 IQR) with every subject as a point.{sampled}");
    }

    /// <summary>ROC curves of several biomarkers on one plot; the legend gives each AUC with its confidence interval.</summary>
    public static Figure RocOverlay(IReadOnlyList<(string Legend, IReadOnlyList<(double Fpr, double Tpr)> Points)> curves, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var plot = FigureStyle.NewPlot("ROC curves", "1 − specificity", "Sensitivity", synthetic);
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LineColor = Colors.Gray;
        chance.LinePattern = LinePattern.Dashed;
        for (var i = 0; i < curves.Count; i++)
        {
            var pts = curves[i].Points.OrderBy(p => p.Fpr).ThenBy(p => p.Tpr).ToArray();
            var line = plot.Add.ScatterLine(pts.Select(p => p.Fpr).ToArray(), pts.Select(p => p.Tpr).ToArray(), FigureStyle.Palette[i % FigureStyle.Palette.Length]);
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = curves[i].Legend;
        }
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        return FigureStyle.Render(plot, "roc", "ROC curves of every biomarker (cases as the positive class); legend: AUC with DeLong confidence interval.", 720, 600);
    }

    /// <summary>Biomarker against the severity score within cases, with Spearman's rho in the title.</summary>
    public static Figure SeverityScatter(string biomarker, string label, string severityLabel, IReadOnlyList<double> values, IReadOnlyList<double> severity, double rho, double p, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(severity);
        var all = values.Zip(severity).Where(x => double.IsFinite(x.First) && double.IsFinite(x.Second)).ToArray();
        var random = new Random(all.Length);
        var pairs = all.Length <= MaxStripPoints ? all : [.. all.OrderBy(_ => random.Next()).Take(MaxStripPoints)];
        var plot = FigureStyle.NewPlot(string.Create(CultureInfo.InvariantCulture, $"{label} vs {severityLabel} in cases (Spearman ρ = {rho:0.00}, p = {Format.P(p)})"), severityLabel, label, synthetic);
        var points = plot.Add.ScatterPoints(pairs.Select(x => x.Second).ToArray(), pairs.Select(x => x.First).ToArray(), FigureStyle.Palette[1]);
        points.MarkerSize = 7;
        return FigureStyle.Render(plot, "severity-" + FigureStyle.Slug(biomarker), $"{label} against {severityLabel} within cases (n = {all.Length}{(all.Length > pairs.Length ? $"; {pairs.Length} sampled points shown" : "")}).");
    }
}
