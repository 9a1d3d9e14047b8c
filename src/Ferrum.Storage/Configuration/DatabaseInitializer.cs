using Ferrum.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ferrum.Storage.Configuration;

/// <summary>Brings the database to the current schema on start: creates the SQLite folder, WAL mode, migrations.</summary>
public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations of the configured provider: the clinical model, then the food model when registered.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var target = services.GetRequiredService<DatabaseTarget>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FerrumDbContext>();
        await MigrateAsync(db, target, ct).ConfigureAwait(false);
        if (scope.ServiceProvider.GetService<Foods.FoodDbContext>() is { } foods) await foods.Database.MigrateAsync(ct).ConfigureAwait(false);
    }

    internal static async Task MigrateAsync(DbContext db, DatabaseTarget target, CancellationToken ct)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(file);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            try
            {
                // WAL lets readers run while one writer commits; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }
}
