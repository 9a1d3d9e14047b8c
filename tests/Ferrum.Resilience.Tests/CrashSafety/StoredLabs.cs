using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>What a killed import left in the database, read with plain ADO.NET (not through Ferrum's code).</summary>
internal sealed record StoredLabs(List<string> Keys, long PatientsWithoutLabs, long PatientsWithoutAudit, string Integrity)
{
    private const string LabsSql =
        """SELECT p."DisplayName", l."Loinc", l."Date", l."Value", l."Unit" FROM labs l JOIN patients p ON p."Id" = l."PatientId" """;
    private const string OrphansSql =
        """SELECT COUNT(*) FROM patients p WHERE NOT EXISTS (SELECT 1 FROM labs l WHERE l."PatientId" = p."Id") """;
    private const string UnauditedSql =
        """SELECT COUNT(*) FROM patients p WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a."PatientId" = p."Id" AND a."Action" = 'create' AND a."ResourceType" = 'patient') """;

    public static async Task<StoredLabs> ReadSqliteAsync(string file)
    {
        await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await conn.OpenAsync();
        string integrity;
        await using (var cmd = new SqliteCommand("PRAGMA integrity_check", conn))
            integrity = string.Join("; ", await ReadStringsAsync(cmd));
        return await ReadAsync(conn, integrity, r => DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static async Task<StoredLabs> ReadPostgresAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        // PostgreSQL has no integrity_check; amcheck's B-tree verification of every index is the closest equivalent.
        await using (var ext = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS amcheck", conn)) await ext.ExecuteNonQueryAsync();
        await using var check = new NpgsqlCommand(
            """SELECT COUNT(bt_index_check(c.oid, true)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'btree' AND c.relnamespace = 'public'::regnamespace""",
            conn);
        var checkedIndexes = (long)(await check.ExecuteScalarAsync())!;
        return await ReadAsync(conn, checkedIndexes > 0 ? "ok" : "no indexes checked", r => r.GetFieldValue<DateOnly>(2));
    }

    private static async Task<StoredLabs> ReadAsync(DbConnection conn, string integrity, Func<DbDataReader, DateOnly> date)
    {
        var keys = new List<string>();
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = LabsSql;
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
                keys.Add(LabWorkload.Key(r.GetString(0), r.GetString(1), date(r), r.GetDouble(3), r.GetString(4)));
        }
        return new StoredLabs(keys, await ScalarAsync(conn, OrphansSql), await ScalarAsync(conn, UnauditedSql), integrity);
    }

    private static async Task<long> ScalarAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> ReadStringsAsync(DbCommand cmd)
    {
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) list.Add(r.GetString(0));
        return list;
    }
}
