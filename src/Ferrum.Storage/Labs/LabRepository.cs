using Ferrum.Storage.Audit;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Labs;

/// <summary>
/// A patient's lab history. Adding several results is one transaction with its audit row. A patient of a care unit the
/// caller is not entitled to counts as missing (audited as a refusal, see <see cref="PatientGate"/>).
/// </summary>
internal sealed class LabRepository(FerrumDbContext db, AuditLog audit, TimeProvider clock)
{
    private const string Resource = "labs";

    /// <summary>Adds <paramref name="labs"/> to the patient; null when the patient does not exist for the caller.</summary>
    public async Task<IReadOnlyList<LabView>?> AddAsync(Guid patientId, IReadOnlyList<LabDraft> labs, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(labs);
        ArgumentNullException.ThrowIfNull(access);
        if (await PatientGate.CheckAsync(db, audit, patientId, access, Resource, ct).ConfigureAwait(false) != GateResult.Allowed) return null;
        var entities = Stage(db, patientId, labs, null, clock.GetUtcNow().UtcDateTime);
        audit.Add(access.Actor, AuditAction.Create, Resource, patientId);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return [.. entities.Select(ToView)];
    }

    /// <summary>One page of the patient's labs, newest first; null when the patient does not exist for the caller.</summary>
    public async Task<Page<LabView>?> ListAsync(Guid patientId, string? loinc, PageRequest page, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (await PatientGate.CheckAsync(db, audit, patientId, access, Resource, ct).ConfigureAwait(false) != GateResult.Allowed) return null;
        var q = db.Labs.AsNoTracking().Where(l => l.PatientId == patientId);
        if (!string.IsNullOrEmpty(loinc)) q = q.Where(l => l.Loinc == loinc);
        var total = await q.CountAsync(ct).ConfigureAwait(false);
        var items = await q.OrderByDescending(l => l.Date).ThenByDescending(l => l.CreatedAt).Skip(page.Skip).Take(page.PageSize)
            .ToListAsync(ct).ConfigureAwait(false);
        audit.Add(access.Actor, AuditAction.Read, Resource, patientId);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new Page<LabView>([.. items.Select(ToView)], page.Page, page.PageSize, total);
    }

    /// <summary>The patient's whole history of the given codes, oldest first (for charts); null when the patient does not exist for the caller.</summary>
    public async Task<IReadOnlyList<LabView>?> HistoryAsync(Guid patientId, IReadOnlyCollection<string> loincs, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (await PatientGate.CheckAsync(db, audit, patientId, access, Resource, ct).ConfigureAwait(false) != GateResult.Allowed) return null;
        var items = await db.Labs.AsNoTracking().Where(l => l.PatientId == patientId && loincs.Contains(l.Loinc))
            .OrderBy(l => l.Date).ThenBy(l => l.CreatedAt).Take(2000).ToListAsync(ct).ConfigureAwait(false);
        audit.Add(access.Actor, AuditAction.Read, Resource, patientId);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return [.. items.Select(ToView)];
    }

    /// <summary>Stages lab rows in <paramref name="db"/> without saving, for callers that commit them with other rows.</summary>
    internal static List<LabEntity> Stage(FerrumDbContext db, Guid patientId, IReadOnlyList<LabDraft> labs, Guid? assessmentId, DateTime now)
    {
        var entities = labs.Select(l => new LabEntity
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            Loinc = l.Loinc,
            Value = l.Value,
            Unit = l.Unit,
            Date = l.Date,
            AssessmentId = assessmentId,
            CreatedAt = now,
        }).ToList();
        db.Labs.AddRange(entities);
        return entities;
    }

    private static LabView ToView(LabEntity l) => new(l.Id, l.Loinc, l.Value, l.Unit, l.Date, l.AssessmentId);
}
