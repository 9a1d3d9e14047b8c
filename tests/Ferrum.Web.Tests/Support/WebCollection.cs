namespace Ferrum.Web.Tests.Support;

/// <summary>The web tests share one PostgreSQL cluster (<see cref="Ferrum.Testing.PostgresFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "web";
}
