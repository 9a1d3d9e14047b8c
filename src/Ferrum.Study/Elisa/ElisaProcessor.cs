using Ferrum.Core.Errors;
using MathNet.Numerics.Statistics;

namespace Ferrum.Study.Elisa;

/// <summary>
/// Turns plate reads into concentrations: blank subtraction, standard-curve fit, back-calculation with the
/// dilution factor, LLOQ/ULOQ from the standards that pass recovery and CV limits, per-sample flags and plate QC.
/// </summary>
public sealed class ElisaProcessor(IStandardCurveFitter fitter)
{
    /// <summary>Analyses every read with <paramref name="layout"/>; <paramref name="progress"/> receives one line per plate.</summary>
    public ElisaResult Process(IReadOnlyList<PlateRead> reads, PlateLayout layout, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(layout);
        var plates = new List<PlateAnalysis>();
        foreach (var read in reads)
        {
            progress?.Report($"plate {read.Plate}, {read.Analyte}: fitting the standard curve");
            plates.Add(ProcessPlate(read, layout));
        }
        return new ElisaResult(plates, layout.Qc);
    }

    private PlateAnalysis ProcessPlate(PlateRead read, PlateLayout layout)
    {
        if (layout.PlateSamples.Count > 0 && layout.Samples.Count == 0 && !layout.PlateSamples.ContainsKey(read.Plate))
            throw new InputErrorException(new InputError("elisa.plate-not-in-layout", "the layout lists samples per plate but not for this plate") { File = read.Source, Field = "plate", Value = read.Plate, Accepted = string.Join(", ", layout.PlateSamples.Keys) });
        var settings = layout.SettingsOf(read.Analyte);
        var qc = layout.Qc;
        var problems = new List<string>();
        var excluded = new HashSet<WellAddress>();
        // A reading outside the reader's range is not a measurement: the well is left out of every mean and named in QC.
        double[] Raw(IEnumerable<WellAddress> wells, string what)
        {
            var values = new List<double>();
            foreach (var w in wells)
            {
                if (!read.Signals.TryGetValue(w, out var v))
                    throw new InputErrorException(new InputError("elisa.well-not-read", $"the layout puts {what} in a well the plate file has no reading for") { File = read.Source, Location = $"plate {read.Plate}, analyte {read.Analyte}", Field = $"well {w}" });
                if (v >= qc.SignalMin && v <= qc.SignalMax) values.Add(v);
                else if (excluded.Add(w))
                    problems.Add(FormattableString.Invariant($"well {w} ({what}) reads {v:G6}, outside the reader range {qc.SignalMin:G6} to {qc.SignalMax:G6}: excluded"));
            }
            return [.. values];
        }

        var blanks = Raw(layout.Blanks, "a blank");
        var blank = blanks.Length > 0 ? blanks.Mean() : 0.0;
        if (layout.Blanks.Count > 0 && blanks.Length == 0) problems.Add("no blank well within the reader range: no blank subtracted");
        var levels = layout.Standards
            .Select(s => (s.Level, Nominal: s.For(read.Analyte), Raw: Raw(s.Wells, $"standard {s.Level}")))
            .Where(s => s.Nominal is not null)
            .Select(s => (s.Level, Nominal: s.Nominal!.Value, s.Raw))
            .OrderBy(s => s.Nominal).ToList();
        if (levels.Count(l => l.Nominal > 0) < 4)
            throw new InputErrorException(new InputError("elisa.standards-too-few", "fewer than four standard levels have a concentration above zero for this analyte") { File = read.Source, Location = $"plate {read.Plate}, analyte {read.Analyte}", Accepted = "standards with concentrations (or concentrations.<analyte>) in the layout" });
        var weighted = settings.Weighting != "none";
        var points = levels.SelectMany(l => l.Raw.Select(v => (Concentration: l.Nominal, Signal: v - blank)))
            .Where(p => !weighted || (p.Concentration > 0 && p.Signal > 0)).ToList();
        var curve = fitter.Fit([.. points.Select(p => p.Concentration)], [.. points.Select(p => p.Signal)], settings);

        var standards = levels.Where(l => l.Nominal > 0).Select(l =>
        {
            var back = curve.Concentration(l.Raw.Mean() - blank);
            var recovery = back / l.Nominal;
            var cv = Cv(l.Raw);
            var passes = recovery >= qc.RecoveryMin && recovery <= qc.RecoveryMax && !(cv > qc.MaxCv);
            return new StandardRecovery(read.Plate, read.Analyte, l.Level, l.Nominal, l.Raw.Length, l.Raw.Mean(), cv, back, recovery, passes);
        }).ToList();
        var (lloq, uloq) = QuantifiableRange(standards);

        var increasing = curve.Signal(standards[^1].Nominal) > curve.Signal(standards[0].Nominal);
        var samples = layout.SamplesOf(read.Plate).Select(s =>
        {
            var raw = Raw(s.Wells, $"sample {s.Id}");
            var flags = new List<string>();
            if (raw.Length < s.Wells.Count) flags.Add(ElisaFlags.OutsideReaderRange);
            if (raw.Length == 0)
                return new SampleConcentration(read.Plate, read.Analyte, s.Id, 0, double.NaN, double.NaN, double.NaN, s.Dilution, double.NaN, settings.Unit, flags);
            var signal = raw.Mean() - blank;
            var inWell = curve.Concentration(signal);
            if (double.IsNaN(lloq)) flags.Add(ElisaFlags.NoRange);
            else if (double.IsNaN(inWell))
                flags.Add((signal < curve.Signal(standards[0].Nominal)) == increasing ? ElisaFlags.BelowLloq : ElisaFlags.AboveUloq);
            else if (inWell < lloq) flags.Add(ElisaFlags.BelowLloq);
            else if (inWell > uloq) flags.Add(ElisaFlags.AboveUloq);
            var cv = Cv(raw);
            if (cv > qc.MaxCv) flags.Add(ElisaFlags.HighCv);
            return new SampleConcentration(read.Plate, read.Analyte, s.Id, raw.Length, raw.Mean(), cv, inWell, s.Dilution, inWell * s.Dilution, settings.Unit, flags);
        }).ToList();

        var controls = layout.Controls.Select(c =>
        {
            var raw = Raw(c.Wells, $"control {c.Id}");
            var measured = curve.Concentration(raw.Mean() - blank);
            double? expected = c.Expected.TryGetValue(read.Analyte, out var e) ? e : null;
            double? recovery = expected is > 0 ? measured / expected : null;
            bool? passes = recovery is { } r ? r >= qc.RecoveryMin && r <= qc.RecoveryMax : null;
            return new ControlRecovery(read.Plate, read.Analyte, c.Id, raw.Mean(), Cv(raw), measured, expected, recovery, passes);
        }).ToList();

        var passing = standards.Count(s => s.Passes);
        if (passing < qc.MinStandardsPassing * standards.Count)
            problems.Add($"{passing} of {standards.Count} standard levels pass (at least {qc.MinStandardsPassing:P0} required)");
        if (!curve.Converged) problems.Add("the curve fit did not converge: " + curve.Convergence);
        problems.AddRange(controls.Where(c => c.Passes == false).Select(c => $"control {c.Control} recovery {c.Recovery:P0} outside {qc.RecoveryMin:P0}–{qc.RecoveryMax:P0}"));
        if (double.IsNaN(lloq)) problems.Add("no standard level passes: no quantifiable range");
        var qcSummary = new PlateQc(read.Plate, read.Analyte, settings.Unit, curve.Model, settings.Weighting, blank, standards.Count, passing, lloq, uloq,
            curve.Converged, curve.ResidualStandardError, samples.Count, samples.Count(s => s.Flags.Count > 0), problems.Count == 0, problems);
        return new PlateAnalysis(read, settings, curve, points, standards, controls, samples, qcSummary);
    }

    /// <summary>The longest run of consecutive passing levels (ties: the lower run) gives LLOQ and ULOQ; NaN when none passes.</summary>
    internal static (double Lloq, double Uloq) QuantifiableRange(IReadOnlyList<StandardRecovery> sortedLevels)
    {
        int bestStart = -1, bestLength = 0, start = -1;
        for (var i = 0; i <= sortedLevels.Count; i++)
        {
            if (i < sortedLevels.Count && sortedLevels[i].Passes) { if (start < 0) start = i; continue; }
            if (start >= 0 && i - start > bestLength) (bestStart, bestLength) = (start, i - start);
            start = -1;
        }
        return bestStart < 0 ? (double.NaN, double.NaN) : (sortedLevels[bestStart].Nominal, sortedLevels[bestStart + bestLength - 1].Nominal);
    }

    /// <summary>Replicate coefficient of variation: sample SD / mean (NaN for a single replicate).</summary>
    internal static double Cv(double[] values) => values.Length < 2 ? double.NaN : values.StandardDeviation() / Math.Abs(values.Mean());
}
