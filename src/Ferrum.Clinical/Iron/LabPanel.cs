using Ferrum.Core.Labs;

namespace Ferrum.Clinical.Iron;

/// <summary>The most recent result per analyte, in canonical units.</summary>
internal sealed class LabPanel
{
    private readonly Dictionary<string, LabResult> latest = new(StringComparer.Ordinal);

    public LabPanel(IEnumerable<LabResult> labs)
    {
        foreach (var lab in labs)
        {
            if (!latest.TryGetValue(lab.Analyte.Id, out var current) || IsNewer(lab, current)) latest[lab.Analyte.Id] = lab;
        }
    }

    // Undated results count as current; among dated results the latest wins; ties keep the first given.
    private static bool IsNewer(LabResult candidate, LabResult current) =>
        (candidate.Date ?? DateOnly.MaxValue) > (current.Date ?? DateOnly.MaxValue);

    public LabResult? Get(Analyte analyte) => latest.GetValueOrDefault(analyte.Id);

    public double? Value(Analyte analyte) => Get(analyte)?.Canonical;

    public IEnumerable<LabResult> All => latest.Values;
}
