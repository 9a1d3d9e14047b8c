using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Study.Common;

namespace Ferrum.Study.Elisa;

/// <summary>Reads a plate layout from YAML; wells, dilutions, models and QC limits are checked with errors naming the key.</summary>
public static class PlateLayoutReader
{
    /// <summary>Parses <paramref name="reader"/>; problems are <see cref="InputError"/>s naming <paramref name="fileName"/>.</summary>
    public static PlateLayout Read(TextReader reader, string fileName)
    {
        var doc = YamlInput.Read<PlateLayoutDocument>(reader, fileName, "elisa.layout-yaml");
        var errors = new List<InputError>();
        InputError Error(string message, string key, string? value = null, string? accepted = null) =>
            new("elisa.layout-invalid", message) { File = fileName, Location = key, Value = value, Accepted = accepted };
        // A bare "-" in a YAML list is a null item (found by fuzzing: it used to throw NullReferenceException).
        InputError EmptyItem(string key) => Error("empty list item", key, accepted: "a mapping with the item's keys");

        IReadOnlyList<WellAddress> Wells(List<string>? wells, string key)
        {
            var list = new List<WellAddress>();
            foreach (var (w, i) in (wells ?? []).Select((w, i) => (w, i)))
                if (WellAddress.TryParse(w, out var a)) list.Add(a);
                else errors.Add(Error("not a well of a 96-well plate", $"{key}[{i}]", w, "A1 to H12"));
            if (list.Count == 0 && wells is not null && errors.Count == 0) errors.Add(Error("at least one well is required", key));
            return list;
        }

        List<SampleWells> Samples(List<PlateLayoutDocument.SampleDocument>? samples, string key)
        {
            var list = new List<SampleWells>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (s, i) in (samples ?? []).Select((s, i) => (s, i)))
            {
                if (s is null) { errors.Add(EmptyItem($"{key}[{i}]")); continue; }
                if (string.IsNullOrWhiteSpace(s.Id)) errors.Add(Error("a sample needs an id", $"{key}[{i}].id"));
                else if (!seen.TryAdd(s.Id.Trim(), i))
                    errors.Add(Error($"the sample id is given twice on this plate (first at {key}[{seen[s.Id.Trim()]}])", $"{key}[{i}].id", s.Id, "each sample id once per plate"));
                var dilution = s.Dilution ?? 1;
                if (!(dilution >= 1)) errors.Add(Error("dilution factor out of range", $"{key}[{i}].dilution", dilution.ToString(CultureInfo.InvariantCulture), "a number ≥ 1"));
                list.Add(new SampleWells(s.Id ?? string.Empty, Wells(s.Wells ?? [], $"{key}[{i}].wells"), dilution));
            }
            return list;
        }

        var standards = new List<StandardLevel>();
        foreach (var (s, i) in (doc.Standards ?? []).Select((s, i) => (s, i)))
        {
            if (s is null) { errors.Add(EmptyItem($"standards[{i}]")); continue; }
            if (s.Concentration is null && s.Concentrations is not { Count: > 0 })
                errors.Add(Error("a standard needs its nominal concentration", $"standards[{i}].concentration"));
            foreach (var c in new[] { s.Concentration }.Concat((s.Concentrations ?? []).Values.Select(v => (double?)v)))
                if (c is { } v && !(v >= 0 && double.IsFinite(v)))
                    errors.Add(Error("nominal concentration out of range", $"standards[{i}]", v.ToString(CultureInfo.InvariantCulture), "a number ≥ 0"));
            standards.Add(new StandardLevel(s.Level ?? $"S{i + 1}", Wells(s.Wells ?? [], $"standards[{i}].wells"), s.Concentration, s.Concentrations ?? []));
        }
        if (standards.Count(s => s.Concentration is > 0 || s.ByAnalyte.Values.Any(v => v > 0)) < 4)
            errors.Add(Error("at least four standard levels with a concentration above zero are needed to fit a curve", "standards"));

        var analytes = new Dictionary<string, AnalyteSettings>(StringComparer.Ordinal);
        var defaults = Settings("analyte", doc.Unit, doc.Model, doc.Weighting, string.Empty, errors, fileName, new AnalyteSettings("analyte", "units", "4PL", "none"));
        foreach (var (name, a) in doc.Analytes ?? [])
            analytes[name] = Settings(name, a?.Unit, a?.Model, a?.Weighting, $"analytes.{name}.", errors, fileName, defaults);

        if (analytes.Count > 0)
        {
            var declared = string.Join(", ", analytes.Keys);
            foreach (var (st, i) in (doc.Standards ?? []).Select((st, i) => (st, i)))
                foreach (var name in (st?.Concentrations ?? []).Keys.Where(n => !analytes.ContainsKey(n)))
                    errors.Add(Error("a standard concentration names an analyte the layout does not declare", $"standards[{i}].concentrations.{name}", name, declared));
            foreach (var (c, i) in (doc.Controls ?? []).Select((c, i) => (c, i)))
                foreach (var name in (c?.Expected ?? []).Keys.Where(n => !analytes.ContainsKey(n)))
                    errors.Add(Error("a control's expected value names an analyte the layout does not declare", $"controls[{i}].expected.{name}", name, declared));
        }

        var q = doc.Qc;
        var qc = new QcCriteria
        {
            RecoveryMin = (q?.RecoveryMinPercent ?? 80) / 100,
            RecoveryMax = (q?.RecoveryMaxPercent ?? 120) / 100,
            MaxCv = (q?.MaxCvPercent ?? 20) / 100,
            MinStandardsPassing = (q?.MinStandardsPassingPercent ?? 75) / 100,
            SignalMin = q?.SignalMin ?? QcCriteria.DefaultSignalMin,
            SignalMax = q?.SignalMax ?? QcCriteria.DefaultSignalMax,
        };
        if (!(double.IsFinite(qc.SignalMin) && double.IsFinite(qc.SignalMax) && qc.SignalMin < qc.SignalMax))
            errors.Add(Error("reader range out of order", "qc", $"{qc.SignalMin} to {qc.SignalMax}", "signalMin < signalMax, both finite"));
        if (!(qc.RecoveryMin > 0 && qc.RecoveryMin < 1 && qc.RecoveryMax > 1))
            errors.Add(Error("recovery window out of range", "qc", $"{qc.RecoveryMin * 100}–{qc.RecoveryMax * 100}%", "recoveryMinPercent between 0 and 100, recoveryMaxPercent above 100"));
        if (!(qc.MaxCv > 0 && qc.MinStandardsPassing is > 0 and <= 1))
            errors.Add(Error("QC limit out of range", "qc", accepted: "maxCvPercent > 0; minStandardsPassingPercent in (0, 100]"));

        foreach (var i in Enumerable.Range(0, doc.Controls?.Count ?? 0).Where(i => doc.Controls![i] is null)) errors.Add(EmptyItem($"controls[{i}]"));
        var layout = new PlateLayout
        {
            Standards = standards,
            Blanks = Wells(doc.Blanks, "blanks"),
            Controls = [.. (doc.Controls ?? []).Select((c, i) => c is null ? null : new ControlWells(c.Id ?? $"QC{i + 1}", Wells(c.Wells ?? [], $"controls[{i}].wells"), c.Expected ?? [])).OfType<ControlWells>()],
            Samples = Samples(doc.Samples, "samples"),
            PlateSamples = (doc.Plates ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<SampleWells>)Samples(p.Value?.Samples, $"plates.{p.Key}.samples"), StringComparer.Ordinal),
            Analytes = analytes,
            DefaultAnalyte = defaults,
            Qc = qc,
        };
        CheckOverlaps(layout, errors, fileName);
        if (errors.Count > 0) throw new InputErrorException(errors);
        return layout;
    }

    private static AnalyteSettings Settings(string name, string? unit, string? model, string? weighting, string prefix, List<InputError> errors, string file, AnalyteSettings fallback)
    {
        var m = AnalyteSettings.Models.FirstOrDefault(x => string.Equals(x, model ?? fallback.Model, StringComparison.OrdinalIgnoreCase));
        var w = AnalyteSettings.Weightings.FirstOrDefault(x => string.Equals(x, weighting ?? fallback.Weighting, StringComparison.OrdinalIgnoreCase));
        if (m is null) errors.Add(new InputError("elisa.layout-invalid", "unknown curve model") { File = file, Location = prefix + "model", Value = model, Accepted = string.Join(", ", AnalyteSettings.Models) });
        if (w is null) errors.Add(new InputError("elisa.layout-invalid", "unknown weighting") { File = file, Location = prefix + "weighting", Value = weighting, Accepted = string.Join(", ", AnalyteSettings.Weightings) });
        return new AnalyteSettings(name, unit ?? fallback.Unit, m ?? "4PL", w ?? "none");
    }

    private static void CheckOverlaps(PlateLayout layout, List<InputError> errors, string file)
    {
        var fixedWells = layout.Standards.SelectMany(s => s.Wells.Select(w => (w, $"standard {s.Level}")))
            .Concat(layout.Blanks.Select(w => (w, "blank")))
            .Concat(layout.Controls.SelectMany(c => c.Wells.Select(w => (w, $"control {c.Id}")))).ToList();
        var plates = layout.PlateSamples.Select(p => (p.Key, p.Value)).Append(("(default)", layout.Samples));
        foreach (var (plate, samples) in plates)
        {
            var seen = new Dictionary<WellAddress, string>();
            foreach (var (well, what) in fixedWells.Concat(samples.SelectMany(s => s.Wells.Select(w => (w, $"sample {s.Id}")))))
                if (!seen.TryAdd(well, what))
                    errors.Add(new InputError("elisa.layout-overlap", $"well {well} is both {seen[well]} and {what}") { File = file, Location = plate == "(default)" ? "samples" : $"plates.{plate}", Value = well.ToString() });
        }
    }
}
