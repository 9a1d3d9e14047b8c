using Ferrum.Storage.Audit;
using Ferrum.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ferrum.Storage.Import;

/// <summary>
/// Imports lab results in batches. Each batch (its new patients, its new results and one audit row per
/// patient touched) commits in one transaction, so a crash leaves every batch either wholly stored or
/// absent. Rows carry deterministic identifiers from their natural key: re-running or resuming an
/// import stores nothing twice.
/// </summary>
public static class LabImporter
{
    private const string Resource = "labs";

    /// <summary>
    /// Stores <paramref name="rows"/> in batches of <paramref name="batchSize"/>; <paramref name="committed"/> is
    /// called after each batch is durable (an acknowledgement a caller may rely on). Returns the number of new rows.
    /// </summary>
    public static async Task<long> ImportAsync(IServiceProvider services, IEnumerable<LabImportRow> rows, int batchSize, string actor,
        Func<LabImportBatch, Task> committed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var clock = services.GetRequiredService<TimeProvider>();
        long inserted = 0;
        var index = 0;
        foreach (var chunk in rows.Chunk(batchSize))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FerrumDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            var added = await StageAsync(db, audit, chunk, actor, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
            // One SaveChanges is one transaction: patients, labs and audit rows commit together or not at all.
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            inserted += added;
            await committed(new LabImportBatch(index++, chunk[0].Line, chunk[^1].Line, chunk.Length, added)).ConfigureAwait(false);
        }
        return inserted;
    }

    private static async Task<int> StageAsync(FerrumDbContext db, AuditLog audit, LabImportRow[] chunk, string actor, DateTime now, CancellationToken ct)
    {
        var labs = new Dictionary<Guid, LabImportRow>();
        foreach (var row in chunk) labs.TryAdd(NaturalKeys.Lab(row), row);
        var labIds = labs.Keys.ToList();
        var present = await db.Labs.AsNoTracking().Where(l => labIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct).ConfigureAwait(false);
        foreach (var id in present) labs.Remove(id);
        if (labs.Count == 0) return 0;

        var patients = labs.Values.GroupBy(r => r.PatientKey, StringComparer.Ordinal)
            .ToDictionary(g => NaturalKeys.Patient(g.Key), g => g.First());
        var patientIds = patients.Keys.ToList();
        var known = (await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false))
            .ToHashSet();
        foreach (var (id, row) in patients)
        {
            if (known.Contains(id)) continue;
            db.Patients.Add(new PatientEntity
            {
                Id = id, DisplayName = row.PatientKey.Trim(), SearchName = Patients.PatientRepository.Normalize(row.PatientKey), Sex = row.Sex,
                CareUnitId = CareUnits.DefaultCareUnit.Id,
                Version = 1, CreatedAt = now, UpdatedAt = now,
            });
            audit.Add(actor, AuditAction.Create, "patient", id);
        }
        foreach (var (id, row) in labs)
        {
            db.Labs.Add(new LabEntity
            {
                Id = id, PatientId = NaturalKeys.Patient(row.PatientKey), Loinc = row.Loinc, Value = row.Value,
                Unit = row.Unit, Date = row.Date, CreatedAt = now,
            });
        }
        foreach (var id in patientIds) audit.Add(actor, AuditAction.Create, Resource, id);
        return labs.Count;
    }
}
