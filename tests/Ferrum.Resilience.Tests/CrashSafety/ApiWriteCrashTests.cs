using Xunit.Abstractions;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>
/// SIGKILL of <c>ferrum serve</c> during a batch of API writes (patients, lab batches, stored assessments) on SQLite:
/// 2 seeded kills in the normal run, FERRUM_API_CRASH_TRIALS=20 for the full scale of issue 8. Integrity holds, every
/// acknowledged write is present, no write is half-written or stored twice, the server restarts on the killed file.
/// </summary>
public sealed class ApiWriteCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sigkill_during_api_writes_on_sqlite_loses_no_acknowledged_write_and_leaves_none_half_written()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ferrum-apicrash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            await ApiKillAndRestart.RunAsync(Path.Combine(dir, "ferrum.db"), seed: 31, KillAndRestart.Trials("FERRUM_API_CRASH_TRIALS", 2), output.WriteLine);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
