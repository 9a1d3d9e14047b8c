using Ferrum.Study.Data;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Pipeline;

/// <summary>
/// The dataset seen through the spec: each subject's group (case, control or missing) and numeric columns read once.
/// Every analysis takes its own complete cases from here and reports how many it used.
/// </summary>
internal sealed class AnalysisFrame
{
    private readonly Dictionary<string, double[]> _numeric = new(StringComparer.Ordinal);

    public AnalysisFrame(Dataset data, StudySpec spec)
    {
        Data = data;
        Spec = spec;
        IsCase = [.. data.Labels(spec.Group.Column).Select(l => l == spec.Group.Case ? true : l == spec.Group.Control ? (bool?)false : null)];
    }

    public Dataset Data { get; }

    public StudySpec Spec { get; }

    /// <summary>True for cases, false for controls, null when the group is missing.</summary>
    public bool?[] IsCase { get; }

    public int Cases => IsCase.Count(c => c == true);

    public int Controls => IsCase.Count(c => c == false);

    public int GroupMissing => IsCase.Count(c => c is null);

    public double[] Numeric(string column)
    {
        if (!_numeric.TryGetValue(column, out var values)) _numeric[column] = values = Data.Numeric(column);
        return values;
    }

    /// <summary>Finite values of <paramref name="column"/> among cases and among controls.</summary>
    public (double[] Cases, double[] Controls) Split(string column)
    {
        var v = Numeric(column);
        List<double> cases = [], controls = [];
        for (var i = 0; i < v.Length; i++)
        {
            if (!double.IsFinite(v[i]) || IsCase[i] is not { } isCase) continue;
            (isCase ? cases : controls).Add(v[i]);
        }
        return ([.. cases], [.. controls]);
    }

    /// <summary>Rows where the group and every named column are present.</summary>
    public int[] CompleteRows(IEnumerable<string> numericColumns, IEnumerable<string> labelColumns)
    {
        var nums = numericColumns.Select(Numeric).ToList();
        var labels = labelColumns.Select(c => Data.Labels(c)).ToList();
        return [.. Enumerable.Range(0, Data.RowCount).Where(i => IsCase[i] is not null && nums.All(n => double.IsFinite(n[i])) && labels.All(l => l[i] is not null))];
    }
}
