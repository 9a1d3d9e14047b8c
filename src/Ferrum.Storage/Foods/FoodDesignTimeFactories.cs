using Microsoft.EntityFrameworkCore.Design;

namespace Ferrum.Storage.Foods;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteFoodDbContext</c> build the food model without a host.</summary>
internal sealed class SqliteFoodDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFoodDbContext>
{
    public SqliteFoodDbContext CreateDbContext(string[] args) => FoodDatabase.CreateSqlite("Data Source=design-foods.db");
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresFoodDbContext</c> build the food model without a server.</summary>
internal sealed class PostgresFoodDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFoodDbContext>
{
    public PostgresFoodDbContext CreateDbContext(string[] args) => FoodDatabase.CreatePostgres("Host=127.0.0.1;Database=ferrum_design");
}
