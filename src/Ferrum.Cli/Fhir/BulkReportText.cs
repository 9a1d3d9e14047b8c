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
        w.WriteLine(Inv($"  {mb / Math.Max(r.Seconds, 1e-9):N1} MB/s, {r.Patients / Math.Max(r.Seconds, 1e-9):N0} patients/s; scan {r.ScanSeconds:N1} s, join and assess {r.Seconds - r.ScanSeconds:N1} s; {r.Partitions} partitions; {r.CpuSeconds:N1} CPU s ({mb / Math.Max(r.CpuSeconds, 1e-9):N1} MB per CPU second)"));
        Section(w, "RLS iron-therapy category", r.ByTherapy);
        Section(w, "Anemia", r.ByAnemia);
        Section(w, "Mapping issues by resource type", r.IssuesByResourceType);
        Section(w, "Mapping issues by code", r.IssuesByCode);
        w.WriteLine(Inv($"Issues per resource (file, line, resource id): {r.IssuesWritten:N0} in {Path.Combine(outputDirectory, "errors.ndjson")}"));
        foreach (var line in r.FirstIssues) w.WriteLine("  " + Describe(line));
        w.WriteLine("Results: " + Path.Combine(outputDirectory, "results.ndjson") + ", " + Path.Combine(outputDirectory, "summary.csv") + ", " + Path.Combine(outputDirectory, "report.json"));
    }

    private static void Section(TextWriter w, string title, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteLine(title + ":");
        if (counts.Count == 0) w.WriteLine("  (none)");
        foreach (var (k, v) in counts) w.WriteLine(Inv($"  {k,-34} {v,12:N0}"));
    }

    /// <summary><c>file:line Type/id: message [code]</c> from one errors.ndjson line.</summary>
    private static string Describe(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var e = doc.RootElement;
        string? Text(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        var where = Text("file") is { } file ? file + (e.GetProperty("line").ValueKind == System.Text.Json.JsonValueKind.Number ? ":" + e.GetProperty("line").GetInt64().ToString(CultureInfo.InvariantCulture) : "") + " " : "";
        return $"{where}{Text("resourceType")}/{Text("resourceId")}: {Text("message")} [{Text("code")}]";
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
