using System.Text.Json;
using System.Text.Json.Serialization;
using Ferrum.Core.Errors;
using Ferrum.Core.Provenance;

namespace Ferrum.Nutrition.Foods;

/// <summary>Reads and writes food tables as JSON (the embedded default table and the user's food store share this format).</summary>
public static class FoodTableJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    /// <summary>Reads a table; malformed input raises <see cref="InputErrorException"/> naming <paramref name="fileName"/>.</summary>
    public static FoodTable Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        TableDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<TableDto>(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new InputErrorException(new InputError("foods.json-invalid", "not a valid food table: " + ex.Message) { File = fileName });
        }
        if (dto?.Foods is null)
            throw new InputErrorException(new InputError("foods.json-invalid", "no 'foods' array") { File = fileName });
        var source = dto.Source ?? "unknown source";
        return new FoodTable(dto.Foods.Select((f, i) => ToFood(f, i, source, fileName)));
    }

    /// <summary>Writes a table in the same format <see cref="Read"/> accepts.</summary>
    public static void Write(FoodTable table, Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(table);
        var dto = new TableDto
        {
            Source = source,
            Foods = table.Foods.Select(f => new FoodDto
            {
                Id = f.Id, Name = f.Name, Ndb = f.Ndb, Group = f.Group, Animal = f.Animal,
                Per100g = f.Per100G, Portion = f.Portion, Plannable = f.Plannable ? null : false,
                Citation = new CitationDto { Source = f.Source.Source, Locator = f.Source.Locator },
            }).ToList(),
        };
        JsonSerializer.Serialize(stream, dto, Options);
    }

    private static Food ToFood(FoodDto f, int index, string tableSource, string fileName)
    {
        if (string.IsNullOrWhiteSpace(f.Id) || string.IsNullOrWhiteSpace(f.Name) || string.IsNullOrWhiteSpace(f.Group) || f.Per100g is null)
            throw new InputErrorException(new InputError("foods.entry-invalid", "food needs id, name, group and per100g")
            { File = fileName, Location = $"$.foods[{index}]" });
        var citation = f.Citation is { Source: not null, Locator: not null }
            ? new Citation(f.Citation.Source, f.Citation.Locator)
            : new Citation(f.Ndb is null ? tableSource : "USDA SR28", f.Ndb is null ? f.Id : "NDB " + f.Ndb) { Reference = tableSource };
        var portion = f.Portion is { Grams: > 0, Description: not null } ? f.Portion : null;
        return new Food(f.Id, f.Name, f.Group, f.Animal, f.Per100g, portion, citation) { Ndb = f.Ndb, Plannable = f.Plannable ?? true };
    }

    private sealed class TableDto
    {
        public string? Source { get; set; }
        public List<FoodDto>? Foods { get; set; }
    }

    private sealed class FoodDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Ndb { get; set; }
        public string? Group { get; set; }
        public bool Animal { get; set; }
        public bool? Plannable { get; set; }
        public FoodNutrients? Per100g { get; set; }
        public FoodPortion? Portion { get; set; }
        public CitationDto? Citation { get; set; }
    }

    private sealed class CitationDto
    {
        public string? Source { get; set; }
        public string? Locator { get; set; }
    }
}
