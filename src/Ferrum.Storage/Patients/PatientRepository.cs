using System.Globalization;
using Ferrum.Storage.Audit;
using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Patients;

/// <summary>
/// Patients' records. Every read or change writes an audit row in the same transaction; updates are
/// optimistic: the expected version goes into the UPDATE's WHERE clause, so a lost update is impossible.
/// </summary>
internal sealed class PatientRepository(FerrumDbContext db, AuditLog audit, TimeProvider clock)
{
    private const string Resource = "patient";

    public async Task<Page<PatientListItem>> ListAsync(string? search, PageRequest page, string actor, CancellationToken ct)
    {
        var q = db.Patients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var needle = Normalize(search);
            q = q.Where(p => p.SearchName.Contains(needle));
        }
        var total = await q.CountAsync(ct).ConfigureAwait(false);
        var items = await q.OrderBy(p => p.SearchName).ThenBy(p => p.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(p => new PatientListItem(p.Id, p.DisplayName, p.BirthDate, p.Sex, p.UpdatedAt))
            .ToListAsync(ct).ConfigureAwait(false);
        audit.Add(actor, AuditAction.Search, Resource, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new Page<PatientListItem>(items, page.Page, page.PageSize, total);
    }

    public async Task<PatientView?> GetAsync(Guid id, string actor, CancellationToken ct)
    {
        var p = await db.Patients.AsNoTracking().Include(x => x.Medications).SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (p is null) return null;
        audit.Add(actor, AuditAction.Read, Resource, id);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(p);
    }

    /// <summary>The current version of a patient, or null when there is none (no audit row: it reveals nothing of the record).</summary>
    public async Task<long?> VersionAsync(Guid id, CancellationToken ct) =>
        await db.Patients.AsNoTracking().Where(p => p.Id == id).Select(p => (long?)p.Version).SingleOrDefaultAsync(ct).ConfigureAwait(false);

    public async Task<PatientView> CreateAsync(PatientDraft draft, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetUtcNow().UtcDateTime;
        var p = new PatientEntity { Id = Guid.NewGuid(), Version = 1, CreatedAt = now };
        Apply(p, draft, now);
        db.Patients.Add(p);
        audit.Add(actor, AuditAction.Create, Resource, p.Id);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(p);
    }

    /// <summary>Replaces the record if it is still at <paramref name="expectedVersion"/>; patient, medications and audit row commit together.</summary>
    public async Task<UpdateOutcome> UpdateAsync(Guid id, long expectedVersion, PatientDraft draft, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var p = await db.Patients.Include(x => x.Medications).SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (p is null) return UpdateOutcome.NotFound;
        if (p.Version != expectedVersion) return new UpdateOutcome(UpdateStatus.Conflict, null, p.Version);
        Apply(p, draft, clock.GetUtcNow().UtcDateTime);
        p.Version = expectedVersion + 1;
        audit.Add(actor, AuditAction.Update, Resource, id);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await VersionAsync(id, ct).ConfigureAwait(false);
            return current is null ? UpdateOutcome.NotFound : new UpdateOutcome(UpdateStatus.Conflict, null, current);
        }
        return new UpdateOutcome(UpdateStatus.Updated, ToView(p), p.Version);
    }

    /// <summary>Deletes the record with its labs and assessments if it is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<UpdateOutcome> DeleteAsync(Guid id, long expectedVersion, string actor, CancellationToken ct)
    {
        var p = await db.Patients.Include(x => x.Medications).SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (p is null) return UpdateOutcome.NotFound;
        if (p.Version != expectedVersion) return new UpdateOutcome(UpdateStatus.Conflict, null, p.Version);
        await db.Labs.Where(l => l.PatientId == id).LoadAsync(ct).ConfigureAwait(false);
        await db.Assessments.Where(a => a.PatientId == id).LoadAsync(ct).ConfigureAwait(false);
        db.Labs.RemoveRange(db.Labs.Local.Where(l => l.PatientId == id));
        db.Assessments.RemoveRange(db.Assessments.Local.Where(a => a.PatientId == id));
        db.Patients.Remove(p);
        audit.Add(actor, AuditAction.Delete, Resource, id);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await VersionAsync(id, ct).ConfigureAwait(false);
            return current is null ? UpdateOutcome.NotFound : new UpdateOutcome(UpdateStatus.Conflict, null, current);
        }
        return new UpdateOutcome(UpdateStatus.Updated, null, null);
    }

    internal static string Normalize(string name) => name.Trim().ToUpperInvariant();

    private static void Apply(PatientEntity p, PatientDraft draft, DateTime now)
    {
        p.DisplayName = draft.DisplayName.Trim();
        p.SearchName = Normalize(draft.DisplayName);
        p.BirthDate = draft.BirthDate;
        p.Sex = draft.Sex;
        p.UpdatedAt = now;
        p.Medications.Clear();
        for (var i = 0; i < draft.Medications.Count; i++)
            p.Medications.Add(new MedicationEntity { Position = i, Name = draft.Medications[i].Trim() });
    }

    private static PatientView ToView(PatientEntity p) => new(
        p.Id, p.DisplayName, p.BirthDate, p.Sex,
        [.. p.Medications.OrderBy(m => m.Position).Select(m => m.Name)],
        p.Version, DateTime.SpecifyKind(p.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(p.UpdatedAt, DateTimeKind.Utc));

    /// <summary>The ETag of a version: a strong, quoted validator.</summary>
    public static string ETag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";
}
