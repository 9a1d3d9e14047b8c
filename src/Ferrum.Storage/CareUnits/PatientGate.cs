using Ferrum.Storage.Audit;
using Ferrum.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.CareUnits;

/// <summary>Whether a caller may touch one patient's record.</summary>
internal enum GateResult
{
    Allowed,
    Missing,
    Denied,
}

/// <summary>
/// The one check every per-patient repository call makes first. A caller not entitled to the patient's care unit is
/// told the record does not exist (so ids do not leak), and the refusal is audited as <see cref="AuditAction.Denied"/>.
/// </summary>
internal static class PatientGate
{
    public static async Task<GateResult> CheckAsync(FerrumDbContext db, AuditLog audit, Guid patientId, PatientAccess access, string resource, CancellationToken ct)
    {
        var unit = await db.Patients.AsNoTracking().Where(p => p.Id == patientId).Select(p => (Guid?)p.CareUnitId)
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (unit is null) return GateResult.Missing;
        if (access.Allows(unit.Value)) return GateResult.Allowed;
        await DenyAsync(db, audit, patientId, access, resource, null, ct).ConfigureAwait(false);
        return GateResult.Denied;
    }

    /// <summary>Writes the refusal's audit row on its own (nothing else is staged when a request is refused).</summary>
    public static async Task DenyAsync(FerrumDbContext db, AuditLog audit, Guid patientId, PatientAccess access, string resource, string? resourceId, CancellationToken ct)
    {
        audit.Add(access.Actor, AuditAction.Denied, resource, patientId, resourceId);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Only the patients of the caller's units.</summary>
    public static IQueryable<PatientEntity> Visible(this IQueryable<PatientEntity> patients, PatientAccess access)
    {
        if (access.AllUnits) return patients;
        Guid[] units = [.. access.Units];
        return patients.Where(p => units.Contains(p.CareUnitId));
    }
}
