using System.Diagnostics;
using Ferrum.BadInput.Tests.Support;

namespace Ferrum.BadInput.Tests;

/// <summary>CSV exports do not carry formulas from hostile input into a spreadsheet.</summary>
public sealed class ExportEscapingTests
{
    [Fact]
    public async Task Bulk_summary_csv_escapes_a_patient_id_that_a_spreadsheet_would_run()
    {
        var dir = Directory.CreateTempSubdirectory("ferrum-escape-");
        try
        {
            var export = Directory.CreateDirectory(Path.Combine(dir.FullName, "export"));
            File.WriteAllText(Path.Combine(export.FullName, "Patient.ndjson"),
                "{\"resourceType\":\"Patient\",\"id\":\"-A1\",\"gender\":\"female\",\"birthDate\":\"1980-01-01\"}\n");
            var outDir = Path.Combine(dir.FullName, "out");
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "ferrum.dll"), "assess", "--bulk", export.FullName, "--out", outDir, "--date", "2026-11-01" })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            _ = await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            Assert.True(p.ExitCode == 0, await stderr);
            var rows = File.ReadAllLines(Path.Combine(outDir, "summary.csv"));
            Assert.StartsWith("\"'-A1\"", rows[1], StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Study_tables_escape_formula_cells_and_keep_negative_numbers()
    {
        var table = new Ferrum.Study.Reports.Table("t", "T", ["subject", "estimate"], [["=HYPERLINK(\"http://x\")", "-0.25"]]);
        var csv = table.ToCsv();
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains(",-0.25", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal);
    }
}
