using Ferrum.Core.Errors;
using Ferrum.Study.Data;

namespace Ferrum.Study.Specs;

/// <summary>Checks a spec against a dataset: every named column exists, numeric columns hold numbers, both group labels occur.</summary>
public static class StudySpecValidator
{
    /// <summary>Returns every problem found (empty when the spec fits the data); each names the file, row or key, and column.</summary>
    public static IReadOnlyList<InputError> Validate(StudySpec spec, Dataset data, string specFile)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        var errors = new List<InputError>();
        var accepted = string.Join(", ", data.Columns);

        void Column(string? column, string key)
        {
            if (column is not null && !data.HasColumn(column))
                errors.Add(new InputError("study.column-unknown", $"the spec names a column that {data.Source} does not have") { File = specFile, Location = key, Field = column, Value = column, Accepted = accepted });
        }

        Column(spec.Id, "id");
        Column(spec.Group.Column, "group.column");
        for (var i = 0; i < spec.Biomarkers.Count; i++) Column(spec.Biomarkers[i], $"biomarkers[{i}]");
        Column(spec.Severity, "severity");
        for (var i = 0; i < spec.Covariates.Count; i++) Column(spec.Covariates[i], $"covariates[{i}]");
        for (var i = 0; i < spec.Categorical.Count; i++) Column(spec.Categorical[i], $"categorical[{i}]");
        var named = spec.Biomarkers.Concat(spec.Covariates).Concat(spec.Categorical).Append(spec.Severity).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < spec.Table1Variables.Count; i++)
            if (!named.Contains(spec.Table1Variables[i])) Column(spec.Table1Variables[i], $"table1Variables[{i}]");
        foreach (var (pair, i) in spec.RocComparisons.Select((p, i) => (p, i)))
            foreach (var b in new[] { pair.First, pair.Second }.Where(b => !spec.Biomarkers.Contains(b)))
                errors.Add(new InputError("study.spec-roc-comparison", "a ROC comparison names a column that is not a biomarker") { File = specFile, Location = $"rocComparisons[{i}]", Value = b, Accepted = string.Join(", ", spec.Biomarkers) });
        Column(spec.Normalisation.Column, "normalisation.column");
        foreach (var (b, i) in spec.Normalisation.Apply.Select((b, i) => (b, i)))
            if (!spec.Biomarkers.Contains(b))
                errors.Add(new InputError("study.spec-normalisation", "normalisation applies to a column that is not a biomarker") { File = specFile, Location = $"normalisation.apply[{i}]", Value = b, Accepted = string.Join(", ", spec.Biomarkers) });
        if (errors.Count > 0) return errors;
        if (spec.Id is not null) DuplicateIds(data, spec.Id, errors);

        var numeric = spec.Biomarkers
            .Concat(spec.Severity is null ? [] : [spec.Severity])
            .Concat(spec.Normalisation.Column is null ? [] : [spec.Normalisation.Column])
            .Concat(spec.Covariates.Concat(spec.Table1Variables).Where(c => !spec.Describe(c).Categorical))
            .Distinct(StringComparer.Ordinal);
        foreach (var column in numeric)
        {
            try { data.Numeric(column); }
            catch (InputErrorException ex) { errors.AddRange(ex.Errors.Take(3)); }
        }

        var labels = data.Labels(spec.Group.Column);
        var present = labels.Where(l => l is not null).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (label, key) in new[] { (spec.Group.Case, "group.case"), (spec.Group.Control, "group.control") })
            if (!present.Contains(label))
                errors.Add(new InputError("study.group-label-absent", $"no row of {data.Source} has this label in column '{spec.Group.Column}'") { File = specFile, Location = key, Field = spec.Group.Column, Value = label, Accepted = string.Join(", ", present) });
        if (errors.Count > 0) return errors;
        for (var r = 0; r < labels.Length && errors.Count < 20; r++)
            if (labels[r] is { } l && l != spec.Group.Case && l != spec.Group.Control)
                errors.Add(new InputError("study.group-label-unknown", "the group label is neither the case nor the control label") { File = data.Source, Location = $"row {data.FileRow(r)}", Field = spec.Group.Column, Value = l, Accepted = $"{spec.Group.Case}, {spec.Group.Control}, or empty/NA for missing" });
        return errors;
    }

    // Two rows with one subject id would count the subject twice (and make paired or joined data ambiguous).
    private static void DuplicateIds(Dataset data, string column, List<InputError> errors)
    {
        var ids = data.Labels(column);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < ids.Length && errors.Count < 10; r++)
        {
            if (ids[r] is not { } id) continue;
            if (!first.TryAdd(id, r))
                errors.Add(new InputError("study.id-duplicate", $"the subject id appears twice (first at row {data.FileRow(first[id])})")
                { File = data.Source, Location = $"row {data.FileRow(r)}", Field = column, Value = id, Accepted = "each subject id once" });
        }
    }

    /// <summary>Throws an <see cref="InputErrorException"/> with every problem, if there is any.</summary>
    public static void EnsureValid(StudySpec spec, Dataset data, string specFile)
    {
        var errors = Validate(spec, data, specFile);
        if (errors.Count > 0) throw new InputErrorException(errors);
    }
}
