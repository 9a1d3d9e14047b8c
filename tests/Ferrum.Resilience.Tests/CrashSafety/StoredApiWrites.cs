using Microsoft.Data.Sqlite;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>What a killed server left in its SQLite file, read with plain ADO.NET (not through Ferrum's code).</summary>
internal sealed record StoredApiWrites(
    string Integrity,
    ILookup<string, Guid> PatientsByName,
    HashSet<Guid> PatientCreateAudits,
    List<(Guid PatientId, DateOnly Date, Guid? AssessmentId)> Labs,
    Dictionary<Guid, int> LabCreateAudits,
    List<(Guid Id, Guid? PatientId)> Assessments,
    HashSet<Guid> AssessmentCreateAudits)
{
    public static async Task<StoredApiWrites> ReadAsync(string file)
    {
        await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await conn.OpenAsync();
        var integrity = string.Join("; ", await RowsAsync(conn, "PRAGMA integrity_check", r => r.GetString(0)));
        var patients = await RowsAsync(conn, """SELECT "DisplayName", "Id" FROM patients""", r => (Name: r.GetString(0), Id: Guid.Parse(r.GetString(1))));
        var labs = await RowsAsync(conn, """SELECT "PatientId", "Date", "AssessmentId" FROM labs""", r =>
            (Guid.Parse(r.GetString(0)), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
             r.IsDBNull(2) ? (Guid?)null : Guid.Parse(r.GetString(2))));
        var assessments = await RowsAsync(conn, """SELECT "Id", "PatientId" FROM assessments""", r =>
            (Guid.Parse(r.GetString(0)), r.IsDBNull(1) ? (Guid?)null : Guid.Parse(r.GetString(1))));
        var audits = await RowsAsync(conn, """SELECT "ResourceType", "PatientId", "ResourceId" FROM audit_log WHERE "Action" = 'create'""", r =>
            (Type: r.GetString(0), Patient: r.IsDBNull(1) ? (Guid?)null : Guid.Parse(r.GetString(1)), Resource: r.IsDBNull(2) ? null : r.GetString(2)));
        return new StoredApiWrites(
            integrity,
            patients.ToLookup(p => p.Name, p => p.Id, StringComparer.Ordinal),
            [.. audits.Where(a => a.Type == "patient" && a.Patient is not null).Select(a => a.Patient!.Value)],
            labs,
            audits.Where(a => a.Type == "labs" && a.Patient is not null).GroupBy(a => a.Patient!.Value).ToDictionary(g => g.Key, g => g.Count()),
            assessments,
            [.. audits.Where(a => a.Type == "assessment" && Guid.TryParse(a.Resource, out _)).Select(a => Guid.Parse(a.Resource!))]);
    }

    private static async Task<List<T>> RowsAsync<T>(SqliteConnection conn, string sql, Func<SqliteDataReader, T> map)
    {
        await using var cmd = new SqliteCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var list = new List<T>();
        while (await r.ReadAsync()) list.Add(map(r));
        return list;
    }
}
