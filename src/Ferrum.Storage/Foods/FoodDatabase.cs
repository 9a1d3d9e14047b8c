using Ferrum.Nutrition.Foods;
using Ferrum.Storage.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ferrum.Storage.Foods;

/// <summary>
/// The user's food database (imported SR28 and FoodData Central foods) in the Ferrum SQLite or PostgreSQL
/// database, with its own schema and migrations (<see cref="FoodDbContext"/>). Imports are one transaction
/// each and idempotent: a food is matched by its source and source id and overwritten.
/// </summary>
public sealed class FoodDatabase : IAsyncDisposable
{
    internal static readonly string[] Sources = ["sr28", "fdc"];
    private readonly FoodDbContext _db;

    private FoodDatabase(FoodDbContext db) => _db = db;

    /// <summary>Opens the food database at <paramref name="target"/>, creating or upgrading its schema.</summary>
    public static async Task<FoodDatabase> OpenAsync(DatabaseTarget target, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        FoodDbContext db = target.Provider == DatabaseProvider.Sqlite ? CreateSqlite(target.ConnectionString) : CreatePostgres(target.ConnectionString);
        try
        {
            await DatabaseInitializer.MigrateAsync(db, target, ct).ConfigureAwait(false);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new FoodDatabase(db);
    }

    internal static SqliteFoodDbContext CreateSqlite(string connectionString) =>
        new((DbContextOptions<SqliteFoodDbContext>)Configure(new DbContextOptionsBuilder<SqliteFoodDbContext>(), DatabaseProvider.Sqlite, connectionString).Options);

    internal static PostgresFoodDbContext CreatePostgres(string connectionString) =>
        new((DbContextOptions<PostgresFoodDbContext>)Configure(new DbContextOptionsBuilder<PostgresFoodDbContext>(), DatabaseProvider.Postgres, connectionString).Options);

    /// <summary>The provider and the food model's own migrations-history table; shared by this class and dependency injection.</summary>
    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Sqlite
            ? builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable(FoodDbContext.HistoryTable))
            : builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(FoodDbContext.HistoryTable));

    /// <summary>Adds or overwrites <paramref name="foods"/> in one transaction: all of them or, on any failure, none.</summary>
    /// <remarks>A food is matched by source and source id (<c>sr28</c> + NDB number, <c>fdc</c> + FDC id), so a re-import updates in place.</remarks>
    public async Task<FoodImportResult> ImportAsync(IReadOnlyCollection<Food> foods, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(foods);
        var rows = new Dictionary<(string, string), FoodEntity>();
        foreach (var food in foods)
        {
            var row = new FoodEntity();
            FoodEntityMapper.CopyTo(food, row);
            rows[(row.Source, row.SourceId)] = row;
        }
        var sources = rows.Keys.Select(k => k.Item1).Distinct().ToList();
        var existing = await _db.Foods.AsNoTracking().Where(f => sources.Contains(f.Source))
            .Select(f => new { f.Source, f.SourceId }).ToListAsync(ct).ConfigureAwait(false);
        var updated = existing.Count(k => rows.ContainsKey((k.Source, k.SourceId)));
        await using var tx = await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await FoodUpsert.WriteAsync(_db.Database.GetDbConnection(), tx.GetDbTransaction(), rows.Values.ToList(), ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new FoodImportResult(rows.Count - updated, updated, await CountAsync(ct).ConfigureAwait(false));
    }

    /// <summary>Number of foods stored.</summary>
    public Task<int> CountAsync(CancellationToken ct = default) => _db.Foods.CountAsync(ct);

    /// <summary>Every stored food, ordered by id.</summary>
    public Task<IReadOnlyList<Food>> LoadAsync(CancellationToken ct = default) => LoadAsync(_db, ct);

    /// <summary>Every food stored in <paramref name="db"/>, ordered by id (also used by the web app's cached food table).</summary>
    internal static async Task<IReadOnlyList<Food>> LoadAsync(FoodDbContext db, CancellationToken ct)
    {
        var rows = await db.Foods.AsNoTracking().OrderBy(f => f.Id).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(FoodEntityMapper.ToFood).ToList();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
