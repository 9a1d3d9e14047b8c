using Ferrum.Storage.Assessments;
using Ferrum.Storage.Audit;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Configuration;
using Ferrum.Storage.Identity;
using Ferrum.Storage.Labs;
using Ferrum.Storage.Model;
using Ferrum.Storage.Patients;
using Ferrum.Storage.Studies;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ferrum.Storage.Tests.Support;

/// <summary>A fresh, migrated database of one provider, and repositories over new contexts on it.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly List<FerrumDbContext> _contexts = [];

    private TestDatabase(DatabaseTarget target, string? sqliteFile)
    {
        Target = target;
        _sqliteFile = sqliteFile;
    }

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public DatabaseTarget Target { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero));

    public static async Task<TestDatabase> CreateAsync(string provider, PostgresFixture pg)
    {
        TestDatabase db;
        if (provider == "sqlite")
        {
            db = CreateSqlite();
        }
        else
        {
            db = new TestDatabase(DatabaseTarget.Postgres(await pg.Cluster.CreateDatabaseAsync()), null);
        }
        await using var ctx = StorageServiceCollectionExtensions.CreateContext(db.Target);
        await DatabaseInitializer.MigrateAsync(ctx, db.Target, CancellationToken.None);
        return db;
    }

    public FerrumDbContext NewContext()
    {
        var ctx = StorageServiceCollectionExtensions.CreateContext(Target);
        _contexts.Add(ctx);
        return ctx;
    }

    public PatientRepository Patients(FerrumDbContext? ctx = null)
    {
        ctx ??= NewContext();
        return new PatientRepository(ctx, new AuditLog(ctx, Clock), Clock);
    }

    public LabRepository Labs(FerrumDbContext? ctx = null)
    {
        ctx ??= NewContext();
        return new LabRepository(ctx, new AuditLog(ctx, Clock), Clock);
    }

    public AssessmentRepository Assessments(FerrumDbContext? ctx = null)
    {
        ctx ??= NewContext();
        return new AssessmentRepository(ctx, new AuditLog(ctx, Clock), Clock);
    }

    public AuditLog Audit() => new(NewContext(), Clock);

    public StudyRunRepository Studies() => new(NewContext(), Clock);

    public ApiKeyStore ApiKeys() => new(NewContext(), Clock);

    public CareUnitStore CareUnits() => new(NewContext(), Clock);

    /// <summary>A new database migrated up to and including <paramref name="migration"/> only (its name suffix, e.g. "StudyFiles").</summary>
    public static async Task<TestDatabase> CreateAtAsync(string provider, PostgresFixture pg, string migration)
    {
        TestDatabase db = provider == "sqlite"
            ? CreateSqlite()
            : new TestDatabase(DatabaseTarget.Postgres(await pg.Cluster.CreateDatabaseAsync()), null);
        await using var ctx = StorageServiceCollectionExtensions.CreateContext(db.Target);
        var id = ctx.Database.GetMigrations().Single(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        await ctx.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(id);
        return db;
    }

    private static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), "ferrum-test-" + Guid.NewGuid().ToString("N") + ".db");
        return new TestDatabase(DatabaseTarget.Sqlite(file), file);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in _contexts) await c.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}
