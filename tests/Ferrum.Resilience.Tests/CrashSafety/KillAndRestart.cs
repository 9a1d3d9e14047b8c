using System.Globalization;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>
/// The crash-safety protocol shared by both databases: import, SIGKILL at a seeded point of its progress, verify,
/// restart (the import resumes), for each trial; then finish the import and run it once more.
/// </summary>
internal static class KillAndRestart
{
    /// <summary>Rows of the normal test run (10,000); FERRUM_CRASH_ROWS raises them (e.g. 100000) for a full-scale run.</summary>
    public static int Rows => FromEnvironment("FERRUM_CRASH_ROWS", 10_000);

    /// <summary>Kills per database: <paramref name="normal"/> unless FERRUM_CRASH_TRIALS says otherwise.</summary>
    public static int Trials(int normal) => Trials("FERRUM_CRASH_TRIALS", normal);

    /// <summary>Kills per run: <paramref name="normal"/> unless the environment variable <paramref name="name"/> says otherwise.</summary>
    public static int Trials(string name, int normal) => FromEnvironment(name, normal);

    public const int BatchSize = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(string db, Func<Task<StoredLabs>> read, int seed, int trials, Action<string> log)
    {
        var csv = Path.Combine(Path.GetTempPath(), "ferrum-crash-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        try
        {
            var work = LabWorkload.Write(csv, Rows, seed);
            var batches = work.Keys.Chunk(BatchSize).ToList();
            var acked = new HashSet<int>();
            var killedWhileWriting = 0;
            log($"{Rows} rows in {batches.Count} batches of {BatchSize}, {trials} kills, seed {seed}");
            for (var trial = 0; trial < trials; trial++)
            {
                var rng = new Random(seed * 100 + trial);
                using var child = ImportChild.Start(csv, db, BatchSize);
                await child.Started.WaitAsync(Patience);
                // A seeded point inside the run: a resumed import acknowledges the batches already stored again
                // (inserted=0), so the kill waits for those plus 0-3 new ones, then 0-14 ms into the next. (Counting
                // from the run's start made every kill after the first land on the same batch, the fourth.) The
                // frontier moves ~1.5 batches per trial: the resume cost of re-checking stored batches stays small.
                await child.WaitForAcksAsync(acked.Count + rng.Next(0, 4), Patience);
                await Task.Delay(rng.Next(0, 15));
                if (!child.HasExited)
                {
                    child.KillHard();
                    killedWhileWriting++;
                }
                var code = await child.WaitAsync(Patience);
                Assert.True(child.HasExited);
                if (code is not (0 or 137))
                    Assert.Fail($"trial {trial}: import exited {code}: {child.Errors}");
                acked.UnionWith(child.AckedBatches);
                var stored = await read();
                Verify(stored, batches, acked, work.Keys, $"trial {trial} (seed {seed * 100 + trial})");
                log($"trial {trial}: {(code == 137 ? "killed" : "finished before the kill")}; {acked.Count} batches acknowledged so far, {stored.Keys.Count} rows stored, integrity {stored.Integrity}");
            }
            Assert.True(killedWhileWriting >= trials / 2, $"only {killedWhileWriting} of {trials} kills hit a running import: the workload is too small to test crashes");

            using (var finish = ImportChild.Start(csv, db, BatchSize))
            {
                Assert.Equal(0, await finish.WaitAsync(Patience));
                var done = await read();
                Verify(done, batches, acked, work.Keys, "after the import finished");
                Assert.Equal(work.Keys.Count, done.Keys.Count);
                log($"import finished: {done.Keys.Count} rows stored, integrity {done.Integrity}");
            }
            using var again = ImportChild.Start(csv, db, BatchSize);
            Assert.Equal(0, await again.WaitAsync(Patience));
            Assert.Contains(again.Lines, l => l == $"done rows={work.Keys.Count} inserted=0");
            var final = await read();
            Assert.Equal(work.Keys.Count, final.Keys.Count);
            Assert.Equal(work.Keys.Order(StringComparer.Ordinal), final.Keys.Order(StringComparer.Ordinal));
            log($"re-run: {again.Lines.Last(l => l.StartsWith("done ", StringComparison.Ordinal))}; {final.Keys.Count} rows, {killedWhileWriting} of {trials} kills hit a running import");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    private static void Verify(StoredLabs stored, List<string[]> batches, HashSet<int> acked, IReadOnlyList<string> expected, string when)
    {
        Assert.True(stored.Integrity == "ok", $"{when}: integrity check says {stored.Integrity}");
        var keys = stored.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.True(keys.Count == stored.Keys.Count, $"{when}: {stored.Keys.Count - keys.Count} lab rows stored twice");
        var unknown = keys.Except(expected, StringComparer.Ordinal).Take(3).ToList();
        Assert.True(unknown.Count == 0, $"{when}: rows that are not in the file: {string.Join(", ", unknown)}");
        for (var b = 0; b < batches.Count; b++)
        {
            var present = batches[b].Count(keys.Contains);
            Assert.True(present == 0 || present == batches[b].Length, $"{when}: batch {b} is half-written ({present} of {batches[b].Length} rows)");
            if (acked.Contains(b)) Assert.True(present == batches[b].Length, $"{when}: batch {b} was acknowledged but is missing");
        }
        Assert.True(stored.PatientsWithoutLabs == 0, $"{when}: {stored.PatientsWithoutLabs} patients stored without their labs");
        Assert.True(stored.PatientsWithoutAudit == 0, $"{when}: {stored.PatientsWithoutAudit} patients stored without an audit row");
    }
}
