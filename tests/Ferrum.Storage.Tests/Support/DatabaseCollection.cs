namespace Ferrum.Storage.Tests.Support;

/// <summary>The storage tests share one PostgreSQL cluster (<see cref="Ferrum.Testing.PostgresFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "database";
}
