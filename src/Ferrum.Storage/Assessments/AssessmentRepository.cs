using Ferrum.Storage.Audit;
using Ferrum.Storage.Labs;
using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Assessments;

/// <summary>Assessments saved to patients. Saving writes the assessment, its labs and the audit row in one transaction.</summary>
internal sealed class AssessmentRepository(FerrumDbContext db, AuditLog audit, TimeProvider clock)
{
    private const string Resource = "assessment";

    /// <summary>Saves; null when the draft names a patient that does not exist.</summary>
    public async Task<AssessmentView?> SaveAsync(AssessmentDraft draft, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.PatientId is { } pid && !await db.Patients.AnyAsync(p => p.Id == pid, ct).ConfigureAwait(false)) return null;
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

    public async Task<AssessmentView?> GetAsync(Guid id, string actor, CancellationToken ct)
    {
        var a = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        if (a is null) return null;
        if (a.PatientId is not null)
        {
            audit.Add(actor, AuditAction.Read, Resource, a.PatientId, a.Id.ToString());
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return ToView(a);
    }

    /// <summary>One page of the patient's assessments, newest first; null when the patient does not exist.</summary>
    public async Task<Page<AssessmentListItem>?> ListForPatientAsync(Guid patientId, PageRequest page, string actor, CancellationToken ct)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == patientId, ct).ConfigureAwait(false)) return null;
        var q = db.Assessments.AsNoTracking().Where(a => a.PatientId == patientId);
        var total = await q.CountAsync(ct).ConfigureAwait(false);
        var items = await q.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(a => new AssessmentListItem(a.Id, a.CreatedAt, a.CreatedBy, a.RuleSet, a.RlsStatus, a.IronDeficiency, a.TherapyRecommendation))
            .ToListAsync(ct).ConfigureAwait(false);
        audit.Add(actor, AuditAction.Read, "assessments", patientId);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new Page<AssessmentListItem>(items, page.Page, page.PageSize, total);
    }

    private static AssessmentView ToView(AssessmentEntity a) => new(
        a.Id, a.PatientId, DateTime.SpecifyKind(a.CreatedAt, DateTimeKind.Utc), a.CreatedBy, a.RuleSet, a.InputJson, a.ResultJson,
        a.RlsStatus, a.IronDeficiency, a.TherapyRecommendation);
}
