using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>
/// The API-write crash protocol: per trial, start <c>ferrum serve</c> on the same SQLite file, create the patients the
/// batch writes to, send a seeded batch of writes four at a time, SIGKILL the server after a seeded number of
/// acknowledged (2xx) writes plus 0-14 ms, and check the file. The API has no idempotency keys, so an unanswered write
/// is not retried (a retry could store it twice); the check is that it is stored completely or not at all.
/// </summary>
internal static class ApiKillAndRestart
{
    public const int WritesPerTrial = 24;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(string dbFile, int seed, int trials, Action<string> log)
    {
        var ledger = new List<(ApiWrite Write, bool Acked)>();
        var killedWhileWriting = 0;
        for (var trial = 0; trial < trials; trial++)
        {
            var rng = new Random(seed * 100 + trial);
            using var server = await ServerChild.StartAsync(dbFile, Patience);
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
            var writes = await PrepareAsync(http, ApiWorkload.Kinds(rng, WritesPerTrial), seed, trial);
            var acked = new ConcurrentDictionary<int, bool>();
            var unexpected = new ConcurrentQueue<string>();
            var killAfter = rng.Next(1, WritesPerTrial / 2);
            var delay = rng.Next(0, 15);
            var killer = Task.Run(async () =>
            {
                while (acked.Count < killAfter && !server.HasExited) await Task.Delay(1);
                await Task.Delay(delay);
                if (!server.HasExited) server.KillHard();
            });
            await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (w, _) =>
            {
                try
                {
                    using var body = new StringContent(w.Body, Encoding.UTF8, "application/json");
                    using var r = await http.PostAsync(new Uri(w.Path, UriKind.Relative), body);
                    if (r.IsSuccessStatusCode) acked[w.Number] = true;
                    else unexpected.Enqueue($"write {w.Number} ({w.Kind}): HTTP {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                }
                catch (HttpRequestException)
                {
                    // killed while this write was in flight or before it was sent: not acknowledged
                }
            });
            await killer;
            var code = await server.WaitAsync(Patience);
            Assert.True(code == 137, $"trial {trial}: server exited {code}, expected SIGKILL (137): {server.Output}");
            Assert.True(unexpected.IsEmpty, $"trial {trial}: {string.Join("; ", unexpected)}");
            if (acked.Count < writes.Count) killedWhileWriting++;
            ledger.AddRange(writes.Select(w => (w, acked.ContainsKey(w.Number))));
            var when = $"trial {trial} (seed {seed * 100 + trial}, kill after {killAfter} acks + {delay} ms)";
            var stored = await StoredApiWrites.ReadAsync(dbFile);
            Verify(stored, ledger, when);
            var unansweredStored = writes.Count(w => !acked.ContainsKey(w.Number) && Present(stored, w) == 1);
            log($"{when}: {acked.Count} of {writes.Count} writes acknowledged; {writes.Count - acked.Count} unanswered, of which {unansweredStored} committed before the kill; integrity {stored.Integrity}");
        }
        Assert.True(killedWhileWriting >= (trials + 1) / 2, $"only {killedWhileWriting} of {trials} kills hit a batch in progress");

        // Restart once more: the server recovers the killed file and serves reads and writes.
        using (var server = await ServerChild.StartAsync(dbFile, Patience))
        using (var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(1) })
        {
            var id = await CreatePatientAsync(http, $"crash-{seed}-after");
            Assert.NotEqual(Guid.Empty, id);
            var lab = ledger.Where(x => x.Acked && x.Write.Kind == WriteKind.Labs).Select(x => x.Write).FirstOrDefault();
            if (lab is not null)
            {
                using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri($"api/patients/{lab.PatientId}/labs?pageSize=100", UriKind.Relative)));
                var stored = doc.RootElement.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("date").GetString() == lab.LabDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(ApiWorkload.LabsPerWrite, stored);
            }
        }
        Verify(await StoredApiWrites.ReadAsync(dbFile), ledger, "after the final restart");
    }

    /// <summary>Creates (unkilled) the patients the batch writes to and returns the batch.</summary>
    private static async Task<List<ApiWrite>> PrepareAsync(HttpClient http, List<WriteKind> kinds, int seed, int trial)
    {
        var labsPatient = await CreatePatientAsync(http, $"crash-{seed}-{trial}-labs");
        var writes = new List<ApiWrite>();
        for (var i = 0; i < kinds.Count; i++)
        {
            var number = trial * 1000 + i;
            switch (kinds[i])
            {
                case WriteKind.Patient:
                    var name = $"crash-{seed}-{trial}-p{i}";
                    writes.Add(new(number, WriteKind.Patient, "api/patients", ApiWorkload.PatientBody(name), name, Guid.Empty, default));
                    break;
                case WriteKind.Labs:
                    var date = ApiWorkload.LabDate(number);
                    writes.Add(new(number, WriteKind.Labs, $"api/patients/{labsPatient}/labs", ApiWorkload.LabsBody(number, date), null, labsPatient, date));
                    break;
                default:
                    var target = await CreatePatientAsync(http, $"crash-{seed}-{trial}-a{i}");
                    writes.Add(new(number, WriteKind.Assessment, $"api/assessments?patientId={target}", ApiWorkload.AssessmentBody, null, target, default));
                    break;
            }
        }
        return writes;
    }

    private static async Task<Guid> CreatePatientAsync(HttpClient http, string name)
    {
        using var body = new StringContent(ApiWorkload.PatientBody(name), Encoding.UTF8, "application/json");
        using var r = await http.PostAsync(new Uri("api/patients", UriKind.Relative), body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"creating {name}: HTTP {(int)r.StatusCode} {text}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.GetProperty("id").GetGuid();
    }

    private static void Verify(StoredApiWrites s, List<(ApiWrite Write, bool Acked)> ledger, string when)
    {
        Assert.True(s.Integrity == "ok", $"{when}: integrity check says {s.Integrity}");
        var assessmentIds = s.Assessments.Select(a => a.Id).ToHashSet();
        var orphanLabs = s.Labs.Count(l => l.AssessmentId is { } a && !assessmentIds.Contains(a));
        Assert.True(orphanLabs == 0, $"{when}: {orphanLabs} labs point to an assessment that was not stored");
        foreach (var (w, acked) in ledger)
        {
            var what = $"{when}: write {w.Number} ({w.Kind}, {(acked ? "acknowledged" : "not acknowledged")})";
            switch (w.Kind)
            {
                case WriteKind.Patient:
                    Assert.True(s.PatientsByName[w.PatientName!].All(s.PatientCreateAudits.Contains), $"{what}: patient stored without its audit row");
                    break;
                case WriteKind.Labs:
                    var rows = s.Labs.Count(l => l.PatientId == w.PatientId && l.Date == w.LabDate && l.AssessmentId is null);
                    Assert.True(rows is 0 or ApiWorkload.LabsPerWrite, $"{what}: half-written, {rows} of {ApiWorkload.LabsPerWrite} results stored");
                    break;
                default:
                    foreach (var a in s.Assessments.Where(a => a.PatientId == w.PatientId))
                    {
                        var labs = s.Labs.Count(l => l.AssessmentId == a.Id);
                        Assert.True(labs == ApiWorkload.LabsPerAssessment, $"{what}: assessment stored with {labs} of its {ApiWorkload.LabsPerAssessment} labs");
                        Assert.True(s.AssessmentCreateAudits.Contains(a.Id), $"{what}: assessment stored without its audit row");
                    }
                    break;
            }
            var present = Present(s, w);
            Assert.True(present <= 1, $"{what}: stored {present} times");
            if (acked) Assert.True(present == 1, $"{what}: acknowledged but missing");
        }
        foreach (var g in ledger.Where(x => x.Write.Kind == WriteKind.Labs).GroupBy(x => x.Write.PatientId))
        {
            var batches = g.Count(x => s.Labs.Any(l => l.PatientId == g.Key && l.Date == x.Write.LabDate && l.AssessmentId is null));
            var audits = s.LabCreateAudits.GetValueOrDefault(g.Key);
            Assert.True(audits == batches, $"{when}: patient {g.Key} has {batches} lab batches but {audits} lab audit rows");
        }
    }

    /// <summary>How many times <paramref name="w"/> is stored (a lab batch counts once when any of its rows is there).</summary>
    private static int Present(StoredApiWrites s, ApiWrite w) => w.Kind switch
    {
        WriteKind.Patient => s.PatientsByName[w.PatientName!].Count(),
        WriteKind.Labs => s.Labs.Any(l => l.PatientId == w.PatientId && l.Date == w.LabDate && l.AssessmentId is null) ? 1 : 0,
        _ => s.Assessments.Count(a => a.PatientId == w.PatientId),
    };
}
