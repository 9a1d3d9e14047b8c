using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Ferrum.Storage.Foods;

/// <summary>
/// Writes food rows with one prepared <c>INSERT … ON CONFLICT ("Source", "SourceId") DO UPDATE</c> statement, a syntax
/// SQLite (3.24+) and PostgreSQL share; much faster than tracking thousands of EF Core entities.
/// </summary>
internal static class FoodUpsert
{
    private static readonly string[] Columns =
    [
        "Id", "Source", "SourceId", "Name", "FoodGroup", "Ndb", "Animal", "Plannable", "Kcal", "ProteinG", "FatG", "CarbohydrateG",
        "IronMg", "VitaminCMg", "CalciumMg", "PortionAmount", "PortionDescription", "PortionGrams", "CitationSource", "CitationLocator",
    ];

    /// <summary>Upserts <paramref name="rows"/> with one prepared statement inside <paramref name="transaction"/>.</summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<FoodEntity> rows, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = Sql;
        var parameters = Columns.Select((_, c) =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = Name(c);
            p.Value = DBNull.Value;
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (var row in rows)
        {
            var values = Values(row);
            for (var c = 0; c < Columns.Length; c++) parameters[c].Value = values[c] ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static string Name(int column) => string.Create(CultureInfo.InvariantCulture, $"@p{column}");

    private static readonly string Sql = new StringBuilder("INSERT INTO foods (")
        .AppendJoin(", ", Columns.Select(c => $"\"{c}\""))
        .Append(") VALUES (").AppendJoin(", ", Enumerable.Range(0, Columns.Length).Select(Name)).Append(')')
        .Append(" ON CONFLICT (\"Source\", \"SourceId\") DO UPDATE SET ")
        .AppendJoin(", ", Columns.Where(c => c is not ("Source" or "SourceId")).Select(c => $"\"{c}\" = excluded.\"{c}\""))
        .ToString();

    private static object?[] Values(FoodEntity e) =>
    [
        e.Id, e.Source, e.SourceId, e.Name, e.FoodGroup, e.Ndb, e.Animal, e.Plannable, e.Kcal, e.ProteinG, e.FatG, e.CarbohydrateG,
        e.IronMg, e.VitaminCMg, e.CalciumMg, e.PortionAmount, e.PortionDescription, e.PortionGrams, e.CitationSource, e.CitationLocator,
    ];
}
