using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Ferrum.BadInput.Tests.Support;

/// <summary>Row count and content hash of every table of a SQLite file, read with plain ADO.NET (not Ferrum's code).</summary>
internal static class DatabaseSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string path)
    {
        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var names = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var r = list.ExecuteReader();
            while (r.Read()) names.Add(r.GetString(0));
        }
        foreach (var name in names)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var r = select.ExecuteReader();
            var rows = new List<string>();
            while (r.Read())
                rows.Add(string.Join('\u001f', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16];
            tables[name] = string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows {hash}");
        }
        return tables;
    }

    /// <summary>The tables that differ, described; null when none does.</summary>
    public static string? Difference(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var changed = before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t) ?? "absent"} -> {after.GetValueOrDefault(t) ?? "absent"}").ToList();
        return changed.Count == 0 ? null : string.Join("; ", changed);
    }
}
