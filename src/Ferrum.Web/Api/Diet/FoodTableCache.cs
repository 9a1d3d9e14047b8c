using Ferrum.Nutrition.Foods;
using Ferrum.Storage.Foods;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Web.Api.Diet;

/// <summary>
/// The food table the diet API and page use: <see cref="FoodTable.Default"/> plus the foods imported into the app's database
/// (<c>ferrum foods import-sr|import-fdc --db …</c>; database entries win on equal ids), the same table the CLI builds.
/// Loading and indexing ~8,000 SR28 foods costs tens of milliseconds, so the table is kept: each use costs one
/// <c>COUNT(*)</c>, and the table is reloaded when the count changed (a new import, seen at once) or when it is older than
/// <see cref="MaxAge"/> (a re-import that only updated foods in place).
/// </summary>
internal sealed class FoodTableCache(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration)
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private Snapshot? _current;

    /// <summary>Longest time a loaded table is used without reloading; <c>Ferrum:FoodCacheSeconds</c>, default 60.</summary>
    public TimeSpan MaxAge { get; } = TimeSpan.FromSeconds(configuration.GetValue("Ferrum:FoodCacheSeconds", 60.0));

    /// <summary>Number of times the foods were read from the database (for tests and measurements).</summary>
    public int Loads { get; private set; }

    /// <summary>The default table plus the database's foods, reloaded only when they may have changed.</summary>
    public async Task<FoodTable> GetAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FoodDbContext>();
        var count = await db.Foods.CountAsync(ct);
        if (Fresh(_current, count)) return _current!.Table;
        await _reload.WaitAsync(ct);
        try
        {
            if (Fresh(_current, count)) return _current!.Table;
            var foods = await FoodDatabase.LoadAsync(db, ct);
            var table = foods.Count == 0 ? FoodTable.Default : FoodTable.Default.With(foods);
            _current = new Snapshot(table, foods.Count, clock.GetUtcNow());
            Loads++;
            return table;
        }
        finally
        {
            _reload.Release();
        }
    }

    private bool Fresh(Snapshot? s, int count) => s is not null && s.Count == count && clock.GetUtcNow() - s.LoadedAt < MaxAge;

    private sealed record Snapshot(FoodTable Table, int Count, DateTimeOffset LoadedAt);
}
