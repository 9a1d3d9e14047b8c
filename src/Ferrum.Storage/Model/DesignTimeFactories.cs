using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ferrum.Storage.Model;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteFerrumDbContext</c> build the model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFerrumDbContext>
{
    public SqliteFerrumDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFerrumDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresFerrumDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFerrumDbContext>
{
    public PostgresFerrumDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFerrumDbContext>().UseNpgsql("Host=127.0.0.1;Database=ferrum_design").Options);
}
