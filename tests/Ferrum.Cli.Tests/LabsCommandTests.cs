using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class LabsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ferrum-labs-").FullName;

    private string Db => "sqlite:" + Path.Combine(_dir, "ferrum.db");

    private string Csv(string text)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N")[..8] + ".csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("patient,sex,loinc,value,unit\n", "labs.column", "'date'")]
    [InlineData("patient,sex,loinc,value,unit,date\nP1,female,2276-4,42,5,ng/mL,2026-01-02\n", "labs.fields", "row 2")]
    [InlineData("patient,sex,loinc,value,unit,date\nP1,female,2276-4,NaN,ng/mL,2026-01-02\n", "labs.value", "row 2")]
    [InlineData("patient,sex,loinc,value,unit,date\nP1,f,2276-4,42,ng/mL,2026-01-02\n", "labs.sex", "'f'")]
    [InlineData("patient,sex,loinc,value,unit,date\nP1,female,2276-4,42,ng/mL,02.01.2026\n", "labs.date", "yyyy-MM-dd")]
    [InlineData("", "labs.empty", "row 1")]
    public void Bad_csv_exits_2_naming_file_row_and_field_and_stores_nothing(string csv, string code, string named)
    {
        var file = Csv(csv);
        var run = FerrumProcess.Run("labs", "import", file, "--db", Db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(code, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(named, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(file), run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("ack ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_acknowledges_each_batch_and_a_second_run_stores_nothing_under_de_DE()
    {
        var file = Csv("patient,sex,loinc,value,unit,date\nP1,female,2276-4,42.5,ng/mL,2026-01-02\nP1,female,718-7,11.2,g/dL,2026-01-02\nP2,male,2276-4,95,ng/mL,2026-01-03\n");
        var german = new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8" };
        var first = FerrumProcess.RunWithEnvironment(german, "labs", "import", file, "--db", Db, "--batch-size", "2");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(["start rows=3 batch-size=2", "ack batch=0 lines=2-3 rows=2 inserted=2", "ack batch=1 lines=4-4 rows=1 inserted=1", "done rows=3 inserted=3"],
            first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var again = FerrumProcess.RunWithEnvironment(german, "labs", "import", file, "--db", Db);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("done rows=3 inserted=0", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_size_out_of_range_exits_2()
    {
        var run = FerrumProcess.Run("labs", "import", Csv("patient,sex,loinc,value,unit,date\n"), "--db", Db, "--batch-size", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--batch-size", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
