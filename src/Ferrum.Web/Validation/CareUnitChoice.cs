using Ferrum.Core.Errors;
using Ferrum.Storage.CareUnits;

namespace Ferrum.Web.Validation;

/// <summary>Picks the care unit of a new or moved patient for the API and the UI, with the input error when there is none to pick.</summary>
internal static class CareUnitChoice
{
    /// <summary>The unit for a new patient (<paramref name="requested"/>, else the caller's only unit, else the default unit for admins).</summary>
    public static async Task<(Guid? Unit, InputError? Error)> ForNewPatientAsync(Guid? requested, PatientAccess access, CareUnitStore units, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(units);
        if (requested is { } r && !await units.ExistsAsync(r, ct)) return (null, NotYours(r, access));
        var unit = access.UnitForNewPatient(requested);
        if (unit is not null) return (unit, null);
        if (requested is { } asked) return (null, NotYours(asked, access));
        return (null, access.Units.Count == 0
            ? new InputError("patient.no-care-unit", "you are a member of no care unit, so you cannot create patients; an admin can add you to one")
                { Field = "careUnitId", Location = "$.careUnitId", Accepted = "membership of a care unit (POST /api/admin/care-units/{id}/members/{userId})" }
            : new InputError("patient.care-unit-required", "you are a member of several care units: say which one the patient belongs to")
                { Field = "careUnitId", Location = "$.careUnitId", Accepted = Accepted(access) });
    }

    /// <summary>Checks the unit a patient is moved to; null when the move is allowed or none is asked for.</summary>
    public static async Task<InputError?> ForMoveAsync(Guid? requested, PatientAccess access, CareUnitStore units, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(units);
        if (requested is not { } r) return null;
        return access.Allows(r) && await units.ExistsAsync(r, ct) ? null : NotYours(r, access);
    }

    private static InputError NotYours(Guid unit, PatientAccess access) =>
        new("patient.care-unit", "not one of your care units")
        {
            Field = "careUnitId", Location = "$.careUnitId", Value = unit.ToString(), Accepted = Accepted(access),
        };

    private static string Accepted(PatientAccess access) =>
        access.AllUnits ? "the id of an existing care unit (GET /api/admin/care-units)" : "one of " + string.Join(", ", access.Units);
}
