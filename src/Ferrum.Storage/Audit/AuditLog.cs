using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Audit;

/// <summary>
/// Writes and lists audit rows. <see cref="Add"/> only stages a row, so it commits in the same
/// transaction as the change it records.
/// </summary>
internal sealed class AuditLog(FerrumDbContext db, TimeProvider clock)
{
    public void Add(string actor, string action, string resourceType, Guid? patientId, string? resourceId = null) =>
        db.AuditEntries.Add(new AuditEntryEntity
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            ResourceType = resourceType,
            PatientId = patientId,
            ResourceId = resourceId,
        });

    /// <summary>Newest first; optionally only the rows of one patient.</summary>
    public async Task<Page<AuditView>> ListAsync(PageRequest page, Guid? patientId, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (patientId is { } pid) q = q.Where(a => a.PatientId == pid);
        var total = await q.CountAsync(ct).ConfigureAwait(false);
        var items = await q.OrderByDescending(a => a.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(a => new AuditView(a.Id, a.At, a.Actor, a.Action, a.ResourceType, a.PatientId, a.ResourceId))
            .ToListAsync(ct).ConfigureAwait(false);
        return new Page<AuditView>(items, page.Page, page.PageSize, total);
    }
}
