using System.Globalization;
using Ferrum.Fhir.Bulk;

namespace Ferrum.Cli.Fhir;

/// <summary>The final report of <c>ferrum assess --bulk</c> as plain text.</summary>
internal static class BulkReportText
{
    public static void Write(BulkReport r, string outputDirectory, TextWriter w)
    {
        var mb = r.UncompressedBytes / 1e6;
        w.WriteLine(Inv($"Screened {r.Patients:N0} patients ({r.Assessed:N0} assessed) from {r.Files} files, {r.Resources:N0} resources, {mb:N1} MB in {r.Seconds:N1} s"));
        w.WriteLine(Inv($"  {mb / Math.Max(r.Seconds, 1e-9):N1} MB/s, {r.Patients / Math.Max(r.Seconds, 1e-9):N0} patients/s; scan {r.ScanSeconds:N1} s, join and assess {r.Seconds - r.ScanSeconds:N1} s; {r.Partitions} partitions"));
        Section(w, "RLS iron-therapy category", r.ByTherapy);
        Section(w, "Anemia", r.ByAnemia);
        Section(w, "Mapping issues by resource type", r.IssuesByResourceType);
        Section(w, "Mapping issues by code", r.IssuesByCode);
        w.WriteLine("Results: " + Path.Combine(outputDirectory, "results.ndjson") + ", " + Path.Combine(outputDirectory, "summary.csv") + ", " + Path.Combine(outputDirectory, "report.json"));
    }

    private static void Section(TextWriter w, string title, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteLine(title + ":");
        if (counts.Count == 0) w.WriteLine("  (none)");
        foreach (var (k, v) in counts) w.WriteLine(Inv($"  {k,-34} {v,12:N0}"));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
