namespace Ferrum.Storage.CareUnits;

/// <summary>
/// Who asks (the name the audit log records) and which care units' patients they may read and change: every unit
/// (admins, the loopback-only local user) or the units they are a member of. Every patient repository call takes one.
/// </summary>
internal sealed class PatientAccess
{
    private PatientAccess(string actor, bool allUnits, Guid[] units)
    {
        Actor = actor;
        AllUnits = allUnits;
        Units = units;
    }

    /// <summary>The user name the audit log records.</summary>
    public string Actor { get; }

    /// <summary>True for callers entitled to every care unit.</summary>
    public bool AllUnits { get; }

    /// <summary>The units the caller is a member of (empty when <see cref="AllUnits"/>).</summary>
    public IReadOnlyList<Guid> Units { get; }

    /// <summary>Entitled to every unit's patients.</summary>
    public static PatientAccess Everything(string actor) => new(actor, true, []);

    /// <summary>Entitled to the patients of <paramref name="units"/> only.</summary>
    public static PatientAccess Members(string actor, IEnumerable<Guid> units) => new(actor, false, [.. units.Distinct()]);

    public bool Allows(Guid unit) => AllUnits || Units.Contains(unit);

    /// <summary>
    /// The unit a new patient goes to: <paramref name="requested"/> if the caller may use it; otherwise the caller's only
    /// unit, or the default unit for callers entitled to all. Null when the caller must choose (or has no unit).
    /// </summary>
    public Guid? UnitForNewPatient(Guid? requested) => requested is { } r ? (Allows(r) ? r : null)
        : AllUnits ? DefaultCareUnit.Id
        : Units.Count == 1 ? Units[0] : null;
}
