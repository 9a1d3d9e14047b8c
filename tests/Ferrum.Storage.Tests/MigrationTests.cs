using Ferrum.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class MigrationTests(PostgresFixture pg)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_create_the_whole_model_with_nothing_pending(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        await using var ctx = db.NewContext();
        Assert.Contains(await ctx.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
        Assert.False(ctx.Database.HasPendingModelChanges(), "the model has changes that no migration of " + provider + " captures");
    }

    [Fact]
    public async Task Sqlite_database_runs_in_wal_mode()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", pg);
        await using var ctx = db.NewContext();
        var mode = await ctx.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(mode));
    }
}
