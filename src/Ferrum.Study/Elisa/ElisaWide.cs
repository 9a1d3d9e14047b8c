using Ferrum.Study.Data;

namespace Ferrum.Study.Elisa;

/// <summary>Turns tidy concentrations into one row per subject and one column per analyte, for joining with clinical data.</summary>
public static class ElisaWide
{
    /// <summary>
    /// Columns <paramref name="idColumn"/> and one per analyte (the mean when a subject was measured on several plates);
    /// missing when a sample could not be back-calculated.
    /// </summary>
    public static Dataset ToDataset(ElisaResult result, string idColumn = "id")
    {
        ArgumentNullException.ThrowIfNull(result);
        var analytes = result.Samples.Select(s => s.Analyte).Distinct(StringComparer.Ordinal).ToList();
        var ids = result.Samples.Select(s => s.SampleId).Distinct(StringComparer.Ordinal).ToList();
        var lookup = result.Samples.GroupBy(s => (s.SampleId, s.Analyte)).ToDictionary(g => g.Key, g =>
        {
            var finite = g.Select(s => s.Concentration).Where(double.IsFinite).ToList();
            return finite.Count == 0 ? double.NaN : finite.Average();
        });
        var rows = ids.Select(id => new[] { id }.Concat(analytes.Select(a =>
            lookup.TryGetValue((id, a), out var v) && double.IsFinite(v) ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)).ToArray());
        return new Dataset("concentrations", [idColumn, .. analytes], rows);
    }
}
