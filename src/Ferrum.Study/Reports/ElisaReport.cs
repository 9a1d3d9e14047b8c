using System.Globalization;
using Ferrum.Study.Elisa;

namespace Ferrum.Study.Reports;

/// <summary>The outputs of <c>ferrum study elisa</c>: tidy concentrations, recovery, controls and plate-QC tables, curve figures and a QC report page.</summary>
public static class ElisaReport
{
    /// <summary>Tidy concentrations: one row per sample, plate and analyte.</summary>
    public static Table Concentrations(ElisaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table("concentrations", "Back-calculated concentrations (in-well concentration from the curve × dilution factor)",
            ["plate", "analyte", "sample_id", "replicates", "mean_signal", "cv", "in_well", "dilution", "concentration", "unit", "flags"],
            [.. result.Samples.Select(s => (IReadOnlyList<string>)[s.Plate, s.Analyte, s.SampleId, Format.I(s.Replicates), Format.R(s.MeanSignal), Format.R(s.Cv),
                Format.R(s.InWell), Format.R(s.Dilution), Format.R(s.Concentration), s.Unit, string.Join("; ", s.Flags)])]);
    }

    /// <summary>Standards recovery: back-calculated over nominal, with replicate CV and pass/fail.</summary>
    public static Table Recovery(ElisaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Criteria;
        return new Table("standards-recovery", string.Create(CultureInfo.InvariantCulture, $"Standards recovery (pass: recovery {c.RecoveryMin:P0}–{c.RecoveryMax:P0} and replicate CV ≤ {c.MaxCv:P0})"),
            ["plate", "analyte", "level", "nominal", "replicates", "mean_signal", "cv", "back_calculated", "recovery", "pass"],
            [.. result.Plates.SelectMany(p => p.Standards).Select(s => (IReadOnlyList<string>)[s.Plate, s.Analyte, s.Level, Format.R(s.Nominal), Format.I(s.Replicates),
                Format.R(s.MeanSignal), Format.R(s.Cv), Format.R(s.BackCalculated), Format.R(s.Recovery), s.Passes ? "yes" : "no"])]);
    }

    /// <summary>Quality-control samples against their expected concentrations.</summary>
    public static Table Controls(ElisaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table("controls", "Quality-control samples", ["plate", "analyte", "control", "mean_signal", "cv", "measured", "expected", "recovery", "pass"],
            [.. result.Plates.SelectMany(p => p.Controls).Select(c => (IReadOnlyList<string>)[c.Plate, c.Analyte, c.Control, Format.R(c.MeanSignal), Format.R(c.Cv),
                Format.R(c.Measured), c.Expected is { } e ? Format.R(e) : "", c.Recovery is { } r ? Format.R(r) : "", c.Passes switch { true => "yes", false => "no", _ => "" }])]);
    }

    /// <summary>One QC row per plate and analyte.</summary>
    public static Table PlateQc(ElisaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table("plate-qc", "Plate QC summary", ["plate", "analyte", "model", "weighting", "blank_mean", "levels_passing", "lloq", "uloq", "unit", "converged", "residual_se", "samples", "samples_flagged", "pass", "problems"],
            [.. result.Plates.Select(p => p.Qc).Select(q => (IReadOnlyList<string>)[q.Plate, q.Analyte, q.Model, q.Weighting, Format.R(q.BlankMean), $"{q.LevelsPassing}/{q.Levels}",
                Format.R(q.Lloq), Format.R(q.Uloq), q.Unit, q.CurveConverged ? "yes" : "no", Format.R(q.ResidualStandardError), Format.I(q.Samples), Format.I(q.SamplesFlagged), q.Pass ? "yes" : "no", string.Join("; ", q.Problems)])]);
    }

    /// <summary>Fitted curve parameters per plate and analyte.</summary>
    public static Table CurveParameters(ElisaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table("curve-parameters", "Fitted standard-curve parameters", ["plate", "analyte", "model", "parameter", "estimate", "convergence"],
            [.. result.Plates.SelectMany(p => p.Curve.Parameters.Select(kv => (IReadOnlyList<string>)[p.Read.Plate, p.Read.Analyte, p.Curve.Model, kv.Key, Format.R(kv.Value), p.Curve.Convergence]))]);
    }

    /// <summary>Every ELISA output: CSV tables, curve figures (PNG and SVG) and <c>elisa-report.html</c>.</summary>
    public static IReadOnlyList<ReportFile> Files(ElisaResult result, bool synthetic, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        Table[] tables = [Concentrations(result), Recovery(result), Controls(result), PlateQc(result), CurveParameters(result)];
        var figures = result.Plates.Select(p =>
        {
            progress?.Report($"figure: standard curve of {p.Read.Analyte} on plate {p.Read.Plate}");
            return ElisaFigures.StandardCurve(p, synthetic);
        }).ToList();
        var html = new Html("ELISA standard curves and QC", synthetic);
        var c = result.Criteria;
        html.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Signals were blank-corrected by subtracting the mean of the blank wells. A standard curve was fitted per plate and analyte to the replicate standards (four- or five-parameter log-logistic, drc parameterisation, by least squares with the stated weights). Concentrations were back-calculated from the mean blank-corrected signal of each sample's replicates and multiplied by the dilution factor. A standard level passed when its back-calculated concentration was {c.RecoveryMin:P0}–{c.RecoveryMax:P0} of nominal and its replicate CV was at most {c.MaxCv:P0}; LLOQ and ULOQ are the lowest and highest levels of the longest run of consecutive passing levels. Samples outside [LLOQ, ULOQ] are flagged <LLOQ or >ULOQ and keep their extrapolated value; samples with replicate CV above {c.MaxCv:P0} are flagged high CV. A plate passes when at least {c.MinStandardsPassing:P0} of its standard levels pass, its fit converged and its controls recover within the same window."));
        foreach (var t in tables) html.Table(t);
        html.Heading("Standard curves");
        foreach (var f in figures) html.Figure(f);
        var files = new List<ReportFile> { ReportFile.Text("elisa-report.html", html.Close()) };
        Table Csv(Table t) => synthetic ? t.MarkSynthetic() : t;
        files.AddRange(tables.Select(t => new ReportFile($"tables/{t.Name}.csv", Csv(t).ToCsvBytes())));
        files.Add(new ReportFile("concentrations.csv", Csv(tables[0]).ToCsvBytes()));
        foreach (var f in figures)
        {
            files.Add(new ReportFile($"figures/{f.Name}.png", f.Png));
            files.Add(ReportFile.Text($"figures/{f.Name}.svg", f.Svg));
        }
        return files;
    }
}
