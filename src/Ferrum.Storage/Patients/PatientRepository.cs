using System.Globalization;
using Ferrum.Storage.Audit;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Patients;

/// <summary>
/// Patients' records. Every read or change writes an audit row in the same transaction; updates are
/// optimistic: the expected version goes into the UPDATE's WHERE clause, so a lost update is impossible. Every call
/// takes the caller's <see cref="PatientAccess"/>: lists hold only the caller's care units' patients, and another
/// unit's record answers "not found" (audited as a refusal).
/// </summary>
internal sealed class PatientRepository(FerrumDbContext db, AuditLog audit, TimeProvider clock)
{
    private const string Resource = "patient";

    public async Task<Page<PatientListItem>> ListAsync(string? search, PageRequest page, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        var q = db.Patients.AsNoTracking().Visible(access);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var needle = Normalize(search);
            q = q.Where(p => p.SearchName.Contains(needle));
        }
        var total = await q.CountAsync(ct).ConfigureAwait(false);
        var items = await q.OrderBy(p => p.SearchName).ThenBy(p => p.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(p => new PatientListItem(p.Id, p.DisplayName, p.BirthDate, p.Sex, p.UpdatedAt, p.CareUnitId))
            .ToListAsync(ct).ConfigureAwait(false);
        audit.Add(access.Actor, AuditAction.Search, Resource, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new Page<PatientListItem>(items, page.Page, page.PageSize, total);
    }

    public async Task<PatientView?> GetAsync(Guid id, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        var p = await db.Patients.AsNoTracking().Include(x => x.Medications).SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (p is null) return null;
        if (!access.Allows(p.CareUnitId))
        {
            await PatientGate.DenyAsync(db, audit, id, access, Resource, null, ct).ConfigureAwait(false);
            return null;
        }
        audit.Add(access.Actor, AuditAction.Read, Resource, id);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(p);
    }

    private async Task<long?> VersionAsync(Guid id, CancellationToken ct) =>
        await db.Patients.AsNoTracking().Where(p => p.Id == id).Select(p => (long?)p.Version).SingleOrDefaultAsync(ct).ConfigureAwait(false);

    /// <summary>Creates the record in <paramref name="careUnitId"/>, which the caller must be entitled to (choose it with <see cref="PatientAccess.UnitForNewPatient"/>).</summary>
    public async Task<PatientView> CreateAsync(PatientDraft draft, Guid careUnitId, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(access);
        if (!access.Allows(careUnitId)) throw new InvalidOperationException("the caller is not entitled to the care unit chosen for a new patient");
        var now = clock.GetUtcNow().UtcDateTime;
        var p = new PatientEntity { Id = Guid.NewGuid(), Version = 1, CreatedAt = now, CareUnitId = careUnitId };
        Apply(p, draft, now);
        db.Patients.Add(p);
        audit.Add(access.Actor, AuditAction.Create, Resource, p.Id);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(p);
    }

    /// <summary>
    /// Replaces the record if it is still at <paramref name="expectedVersion"/>; patient, medications and audit row commit
    /// together. <paramref name="moveTo"/> moves it to another care unit, which the caller must be entitled to as well.
    /// </summary>
    public async Task<UpdateOutcome> UpdateAsync(Guid id, long expectedVersion, PatientDraft draft, Guid? moveTo, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(access);
        var p = await db.Patients.Include(x => x.Medications).SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (p is null) return UpdateOutcome.NotFound;
        if (!access.Allows(p.CareUnitId)) return await DenyAsync(id, access, ct).ConfigureAwait(false);
        if (moveTo is { } unit && !access.Allows(unit)) throw new InvalidOperationException("the caller is not entitled to the care unit the patient is moved to");
        if (p.Version != expectedVersion) return new UpdateOutcome(UpdateStatus.Conflict, null, p.Version);
        Apply(p, draft, clock.GetUtcNow().UtcDateTime);
        if (moveTo is { } target) p.CareUnitId = target;
        p.Version = expectedVersion + 1;
        audit.Add(access.Actor, AuditAction.Update, Resource, id);
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
    public async Task<UpdateOutcome> DeleteAsync(Guid id, long expectedVersion, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        var p = await db.Patients.Include(x => x.Medications).SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (p is null) return UpdateOutcome.NotFound;
        if (!access.Allows(p.CareUnitId)) return await DenyAsync(id, access, ct).ConfigureAwait(false);
        if (p.Version != expectedVersion) return new UpdateOutcome(UpdateStatus.Conflict, null, p.Version);
        await db.Labs.Where(l => l.PatientId == id).LoadAsync(ct).ConfigureAwait(false);
        await db.Assessments.Where(a => a.PatientId == id).LoadAsync(ct).ConfigureAwait(false);
        db.Labs.RemoveRange(db.Labs.Local.Where(l => l.PatientId == id));
        db.Assessments.RemoveRange(db.Assessments.Local.Where(a => a.PatientId == id));
        db.Patients.Remove(p);
        audit.Add(access.Actor, AuditAction.Delete, Resource, id);
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

    private async Task<UpdateOutcome> DenyAsync(Guid id, PatientAccess access, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await PatientGate.DenyAsync(db, audit, id, access, Resource, null, ct).ConfigureAwait(false);
        return UpdateOutcome.NotFound;
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
        p.CareUnitId, p.Version, DateTime.SpecifyKind(p.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(p.UpdatedAt, DateTimeKind.Utc));

    /// <summary>The ETag of a version: a strong, quoted validator.</summary>
    public static string ETag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";
}
