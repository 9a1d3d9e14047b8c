using Ferrum.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.CareUnits;

/// <summary>A care unit with the ids of its member users.</summary>
internal sealed record CareUnitView(Guid Id, string Name, IReadOnlyList<string> MemberUserIds);

/// <summary>Care units and their members (admins manage them); also answers which units a user may see.</summary>
internal sealed class CareUnitStore(FerrumDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CareUnitView>> ListAsync(CancellationToken ct)
    {
        var units = await db.CareUnits.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct).ConfigureAwait(false);
        var members = await db.CareUnitMembers.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var byUnit = members.ToLookup(m => m.CareUnitId, m => m.UserId);
        return [.. units.Select(u => new CareUnitView(u.Id, u.Name, [.. byUnit[u.Id].Order(StringComparer.Ordinal)]))];
    }

    /// <summary>Creates a unit; null when a unit of that name exists.</summary>
    public async Task<CareUnitView?> CreateAsync(string name, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.CareUnits.AnyAsync(u => u.Name == trimmed, ct).ConfigureAwait(false)) return null;
        var unit = new CareUnitEntity { Id = Guid.NewGuid(), Name = trimmed, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.CareUnits.Add(unit);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new CareUnitView(unit.Id, unit.Name, []);
    }

    public Task<bool> ExistsAsync(Guid unitId, CancellationToken ct) => db.CareUnits.AnyAsync(u => u.Id == unitId, ct);

    /// <summary>Makes <paramref name="userId"/> a member of <paramref name="unitId"/> (idempotent); false when the unit or user does not exist.</summary>
    public async Task<bool> AddMemberAsync(Guid unitId, string userId, CancellationToken ct)
    {
        if (!await ExistsAsync(unitId, ct).ConfigureAwait(false) || !await db.Users.AnyAsync(u => u.Id == userId, ct).ConfigureAwait(false)) return false;
        if (await db.CareUnitMembers.AnyAsync(m => m.CareUnitId == unitId && m.UserId == userId, ct).ConfigureAwait(false)) return true;
        db.CareUnitMembers.Add(new CareUnitMemberEntity { CareUnitId = unitId, UserId = userId });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Ends a membership; false when there was none.</summary>
    public async Task<bool> RemoveMemberAsync(Guid unitId, string userId, CancellationToken ct) =>
        await db.CareUnitMembers.Where(m => m.CareUnitId == unitId && m.UserId == userId).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0;

    /// <summary>The units whose patients <paramref name="userId"/> may see.</summary>
    public async Task<IReadOnlyList<Guid>> UnitsOfAsync(string userId, CancellationToken ct) =>
        await db.CareUnitMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.CareUnitId).ToListAsync(ct).ConfigureAwait(false);
}
