namespace Ferrum.Storage.CareUnits;

/// <summary>
/// The care unit that exists in every database: patients stored before care units existed, patients imported by
/// the CLI and patients created by an admin without naming a unit land here, and the migration that introduced
/// care units made every existing user a member, so a single-clinic install works as before.
/// </summary>
internal static class DefaultCareUnit
{
    /// <summary>Fixed id, the same in every database (written by the <c>CareUnits</c> migration).</summary>
    public static readonly Guid Id = new("6f1b2c3d-0000-4000-8000-000000000001");

    public const string Name = "Default care unit";
}
