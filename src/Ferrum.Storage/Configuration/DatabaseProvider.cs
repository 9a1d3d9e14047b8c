namespace Ferrum.Storage.Configuration;

/// <summary>The database engines Ferrum runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (default; WAL mode).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (several stateless app instances may share it).</summary>
    Postgres,
}
