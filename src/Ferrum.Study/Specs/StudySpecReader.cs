using Ferrum.Core.Errors;
using Ferrum.Study.Common;

namespace Ferrum.Study.Specs;

/// <summary>Reads a study spec from YAML and checks its structure (required keys, known method names).</summary>
public static class StudySpecReader
{
    /// <summary>The multiplicity methods of R's <c>p.adjust</c>.</summary>
    public static IReadOnlyList<string> MultiplicityMethods { get; } = ["holm", "hochberg", "hommel", "bonferroni", "BH", "BY", "fdr", "none"];

    /// <summary>Parses <paramref name="reader"/>; every problem is an <see cref="InputError"/> naming <paramref name="fileName"/> and the key.</summary>
    public static StudySpec Read(TextReader reader, string fileName)
    {
        var doc = YamlInput.Read<StudySpecDocument>(reader, fileName, "study.spec-yaml");
        var errors = new List<InputError>();
        InputError Error(string code, string message, string key, string? value = null, string? accepted = null) =>
            new(code, message) { File = fileName, Location = key, Value = value, Accepted = accepted };

        if (doc.Group is null || string.IsNullOrWhiteSpace(doc.Group.Column) || string.IsNullOrWhiteSpace(doc.Group.Case) || string.IsNullOrWhiteSpace(doc.Group.Control))
            errors.Add(Error("study.spec-group", "the group needs a column, a case label and a control label", "group", accepted: "group: { column: outcome, case: RLS, control: Control }"));
        if (doc.Biomarkers is not { Count: > 0 })
            errors.Add(Error("study.spec-biomarkers", "at least one biomarker is required", "biomarkers", accepted: "biomarkers: [ferritin, tfr]"));
        var multiplicity = doc.Multiplicity ?? "holm";
        var method = MultiplicityMethods.FirstOrDefault(m => string.Equals(m, multiplicity, StringComparison.OrdinalIgnoreCase));
        if (method is null) errors.Add(Error("study.spec-multiplicity", "unknown multiplicity method", "multiplicity", multiplicity, string.Join(", ", MultiplicityMethods)));
        var table1 = (doc.Table1 ?? "tableone").ToUpperInvariant() switch
        {
            "TABLEONE" => Table1Style.TableOne,
            "GTSUMMARY" => Table1Style.GtSummary,
            _ => (Table1Style?)null,
        };
        if (table1 is null) errors.Add(Error("study.spec-table1", "unknown Table 1 convention", "table1", doc.Table1, "tableone, gtsummary"));
        var level = doc.ConfidenceLevel ?? 0.95;
        if (!(level > 0.5 && level < 1)) errors.Add(Error("study.spec-level", "confidence level out of range", "confidenceLevel", doc.ConfidenceLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture), "between 0.5 and 1 (exclusive)"));

        var categorical = doc.Categorical ?? [];
        var variables = new Dictionary<string, VariableSpec>(StringComparer.Ordinal);
        foreach (var (name, v) in doc.Variables ?? [])
        {
            var type = v?.Type?.ToUpperInvariant();
            if (type is not (null or "CONTINUOUS" or "CATEGORICAL"))
                errors.Add(Error("study.spec-variable-type", "unknown variable type", $"variables.{name}.type", v?.Type, "continuous, categorical"));
            var isCategorical = type == "CATEGORICAL" || categorical.Contains(name);
            variables[name] = new VariableSpec(name, isCategorical, v?.Label ?? name, v?.Unit, (doc.NonNormal ?? []).Contains(name));
        }
        var orScale = (doc.OddsRatioScale ?? "unit").ToUpperInvariant();
        if (orScale is not ("UNIT" or "SD"))
            errors.Add(Error("study.spec-odds-ratio-scale", "unknown odds-ratio scale", "oddsRatioScale", doc.OddsRatioScale, "unit, sd"));
        var comparisons = new List<(string, string)>();
        foreach (var (pair, i) in (doc.RocComparisons ?? []).Select((p, i) => (p, i)))
        {
            if (pair is { Count: 2 }) comparisons.Add((pair[0], pair[1]));
            else errors.Add(Error("study.spec-roc-comparison", "each ROC comparison names exactly two biomarkers", $"rocComparisons[{i}]", accepted: "[ndev_ferritin, serum_ferritin]"));
        }
        var normalisation = ReadNormalisation(doc.Normalisation, doc.Biomarkers ?? [], errors, fileName);
        if (errors.Count > 0) throw new InputErrorException(errors);

        var covariates = doc.Covariates ?? [];
        var biomarkers = doc.Biomarkers!;
        foreach (var c in categorical.Where(c => !variables.ContainsKey(c)))
            variables[c] = new VariableSpec(c, true, c, null, false);
        var table1Rows = doc.Table1Variables ?? [.. covariates.Concat(doc.Severity is null ? [] : [doc.Severity]).Concat(biomarkers).Distinct(StringComparer.Ordinal)];
        return new StudySpec
        {
            Title = doc.Title ?? "Case–control biomarker study",
            Synthetic = doc.Synthetic,
            Note = doc.Note,
            Id = doc.Id,
            Group = new GroupSpec(doc.Group!.Column!, doc.Group.Case!, doc.Group.Control!),
            Biomarkers = biomarkers,
            Severity = doc.Severity,
            Covariates = covariates,
            Categorical = categorical,
            Table1Variables = table1Rows,
            Variables = variables,
            Table1 = table1!.Value,
            Multiplicity = method!,
            Seed = doc.Seed ?? 1,
            OddsRatioPerSd = orScale == "SD",
            ConfidenceLevel = level,
            RocComparisons = comparisons,
            Normalisation = normalisation,
        };
    }

    private static NormalisationSpec ReadNormalisation(StudySpecDocument.NormalisationDocument? doc, List<string> biomarkers, List<InputError> errors, string fileName)
    {
        if (doc is null) return NormalisationSpec.None;
        var method = (doc.Method ?? "none").ToUpperInvariant() switch
        {
            "NONE" => NormalisationMethod.None,
            "EV-MARKER" or "MARKER" or "RATIO" => NormalisationMethod.EvMarker,
            "PARTICLES" or "NTA" => NormalisationMethod.Particles,
            "TOTAL-PROTEIN" or "PROTEIN" => NormalisationMethod.TotalProtein,
            _ => (NormalisationMethod?)null,
        };
        var log = (doc.Log ?? "none").ToUpperInvariant() switch
        {
            "NONE" or "FALSE" => LogTransform.None,
            "LN" or "LOG" or "TRUE" => LogTransform.Ln,
            "LOG2" => LogTransform.Log2,
            "LOG10" => LogTransform.Log10,
            _ => (LogTransform?)null,
        };
        if (method is null) errors.Add(new InputError("study.spec-normalisation", "unknown normalisation method") { File = fileName, Location = "normalisation.method", Value = doc.Method, Accepted = "none, ev-marker, particles, total-protein" });
        if (log is null) errors.Add(new InputError("study.spec-normalisation", "unknown log transform") { File = fileName, Location = "normalisation.log", Value = doc.Log, Accepted = "none, ln, log2, log10" });
        if (method is not null and not NormalisationMethod.None && string.IsNullOrWhiteSpace(doc.Column))
            errors.Add(new InputError("study.spec-normalisation", "the normalisation needs the column it divides by") { File = fileName, Location = "normalisation.column", Accepted = "a column of the dataset, e.g. cd81" });
        if (method is null || log is null) return NormalisationSpec.None;
        return new NormalisationSpec(method.Value, doc.Column, doc.Apply ?? biomarkers, log.Value);
    }
}
