using Ferrum.Core.Errors;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ferrum.Storage.Configuration;

/// <summary>Which database to use, parsed from <c>sqlite:PATH</c> or <c>postgres:CONNSTRING</c>.</summary>
public sealed record DatabaseTarget
{
    private DatabaseTarget(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The ADO.NET connection string for the engine.</summary>
    public string ConnectionString { get; }

    /// <summary>A SQLite database in the file <paramref name="path"/> (created with its folder when missing).</summary>
    public static DatabaseTarget Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = true };
        return new DatabaseTarget(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>A PostgreSQL database reached with the Npgsql connection string <paramref name="connectionString"/>.</summary>
    public static DatabaseTarget Postgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new DatabaseTarget(DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>The default: <c>ferrum.db</c> in the user's local data folder (e.g. <c>~/.local/share/ferrum</c>).</summary>
    public static DatabaseTarget Default()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root)) root = Path.GetTempPath();
        return Sqlite(Path.Combine(root, "ferrum", "ferrum.db"));
    }

    /// <summary>Parses <c>sqlite:PATH</c> or <c>postgres:CONNSTRING</c>; bad text fails with an <see cref="InputError"/> naming <paramref name="field"/>.</summary>
    public static DatabaseTarget Parse(string text, string field = "--db")
    {
        ArgumentNullException.ThrowIfNull(text);
        const string accepted = "sqlite:PATH or postgres:CONNSTRING (e.g. postgres:Host=127.0.0.1;Database=ferrum;Username=ferrum)";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? "" : text[(colon + 1)..];
        if (rest.Length == 0)
            throw Bad("database setting needs a provider and a location", scheme);
        if (scheme.Equals("sqlite", StringComparison.OrdinalIgnoreCase)) return Sqlite(rest);
        if (scheme.Equals("postgres", StringComparison.OrdinalIgnoreCase) || scheme.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(rest);
            }
            catch (ArgumentException ex)
            {
                throw Bad("PostgreSQL connection string is not valid: " + ex.Message, "postgres:…");
            }
            return Postgres(rest);
        }
        throw Bad("unknown database provider", scheme);

        InputErrorException Bad(string message, string value) =>
            new(new InputError("db.invalid", message) { Field = field, Value = value, Accepted = accepted });
    }

    /// <summary>A description safe for logs: provider and file or host, never a password.</summary>
    public override string ToString() => Provider switch
    {
        DatabaseProvider.Sqlite => "sqlite:" + new SqliteConnectionStringBuilder(ConnectionString).DataSource,
        _ => "postgres:" + new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.Host,
    };
}
