namespace Ferrum.Storage.Foods;

/// <summary>What one food import changed.</summary>
/// <param name="Added">Foods that were not in the database before.</param>
/// <param name="Updated">Foods already there (same source and source id), overwritten with the imported values.</param>
/// <param name="Total">Foods in the database after the import.</param>
public sealed record FoodImportResult(int Added, int Updated, int Total);
