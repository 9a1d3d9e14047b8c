using Ferrum.Storage.Audit;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Labs;
using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Assessments;

/// <summary>
/// Assessments saved to patients. Saving writes the assessment, its labs and the audit row in one transaction. An
/// assessment of a patient in a care unit the caller is not entitled to counts as missing (audited as a refusal).
/// </summary>
internal sealed class AssessmentRepository(FerrumDbContext db, AuditLog audit, TimeProvider clock)
{
    private const string Resource = "assessment";

    /// <summary>Saves; null when the draft names a patient that does not exist for the caller.</summary>
    public async Task<AssessmentView?> SaveAsync(AssessmentDraft draft, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(access);
        if (draft.PatientId is { } pid
            && await PatientGate.CheckAsync(db, audit, pid, access, Resource, ct).ConfigureAwait(false) != GateResult.Allowed) return null;
        var actor = access.Actor;
        var now = clock.GetUtcNow().UtcDateTime;
        var a = new AssessmentEntity
        {
            Id = Guid.NewGuid(),
            PatientId = draft.PatientId,
            CreatedAt = now,
            CreatedBy = actor,
            RuleSet = draft.RuleSet,
            InputJson = draft.InputJson,
            ResultJson = draft.ResultJson,
            RlsStatus = draft.RlsStatus,
            IronDeficiency = draft.IronDeficiency,
            TherapyRecommendation = draft.TherapyRecommendation,
        };
        db.Assessments.Add(a);
        if (draft.PatientId is { } patientId)
        {
            LabRepository.Stage(db, patientId, draft.Labs, a.Id, now);
            audit.Add(actor, AuditAction.Create, Resource, patientId, a.Id.ToString());
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(a);
    }

    public async Task<AssessmentView?> GetAsync(Guid id, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        var a = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (a is null) return null;
        if (a.PatientId is { } pid)
        {
            var unit = await db.Patients.AsNoTracking().Where(p => p.Id == pid).Select(p => p.CareUnitId).SingleAsync(ct).ConfigureAwait(false);
            if (!access.Allows(unit))
            {
                await PatientGate.DenyAsync(db, audit, pid, access, Resource, a.Id.ToString(), ct).ConfigureAwait(false);
                return null;
            }
            audit.Add(access.Actor, AuditAction.Read, Resource, a.PatientId, a.Id.ToString());
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return ToView(a);
    }

    /// <summary>One page of the patient's assessments, newest first; null when the patient does not exist for the caller.</summary>
    public async Task<Page<AssessmentListItem>?> ListForPatientAsync(Guid patientId, PageRequest page, PatientAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (await PatientGate.CheckAsync(db, audit, patientId, access, "assessments", ct).ConfigureAwait(false) != GateResult.Allowed) return null;
        var q = db.Assessments.AsNoTracking().Where(a => a.PatientId == patientId);
        var total = await q.CountAsync(ct).ConfigureAwait(false);
        var items = await q.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(a => new AssessmentListItem(a.Id, a.CreatedAt, a.CreatedBy, a.RuleSet, a.RlsStatus, a.IronDeficiency, a.TherapyRecommendation))
            .ToListAsync(ct).ConfigureAwait(false);
        audit.Add(access.Actor, AuditAction.Read, "assessments", patientId);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new Page<AssessmentListItem>(items, page.Page, page.PageSize, total);
    }

    private static AssessmentView ToView(AssessmentEntity a) => new(
        a.Id, a.PatientId, DateTime.SpecifyKind(a.CreatedAt, DateTimeKind.Utc), a.CreatedBy, a.RuleSet, a.InputJson, a.ResultJson,
        a.RlsStatus, a.IronDeficiency, a.TherapyRecommendation);
}
