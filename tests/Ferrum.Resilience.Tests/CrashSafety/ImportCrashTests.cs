using Ferrum.Testing;
using Xunit.Abstractions;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>
/// SIGKILL during <c>ferrum labs import</c>: 10,000 rows in batches of 50, 20 seeded kills on SQLite and 10 on
/// PostgreSQL in the normal run (FERRUM_CRASH_ROWS=100000 FERRUM_CRASH_TRIALS=20 for the full scale of issue 8).
/// Integrity holds, every acknowledged batch is present, no batch is half-written, re-running stores nothing twice.
/// </summary>
public sealed class ImportCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sigkill_during_lab_import_on_sqlite_loses_no_acknowledged_batch_and_leaves_none_half_written()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ferrum-crash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "ferrum.db");
            await KillAndRestart.RunAsync("sqlite:" + file, () => StoredLabs.ReadSqliteAsync(file), seed: 11, KillAndRestart.Trials(20), output.WriteLine);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Sigkill_during_lab_import_on_postgres_loses_no_acknowledged_batch_and_leaves_none_half_written()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var cs = await cluster.CreateDatabaseAsync();
        await KillAndRestart.RunAsync("postgres:" + cs, () => StoredLabs.ReadPostgresAsync(cs), seed: 23, KillAndRestart.Trials(10), output.WriteLine);
    }
}
