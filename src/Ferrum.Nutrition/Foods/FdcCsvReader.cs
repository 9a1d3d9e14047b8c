using System.Globalization;
using CsvHelper;
using Ferrum.Core.Errors;
using Ferrum.Core.Provenance;

namespace Ferrum.Nutrition.Foods;

/// <summary>
/// Reads a USDA FoodData Central CSV download: food.csv, nutrient.csv (nutrient_nbr = SR Nutr_No), food_nutrient.csv,
/// and, when present, food_category.csv, food_portion.csv and sr_legacy_food.csv (NDB numbers). Pure: the caller
/// supplies a function that opens a file by name (returning null when it is absent).
/// </summary>
public static class FdcCsvReader
{
    /// <summary>Reads every food of the download that has at least one nutrient Ferrum uses.</summary>
    public static IReadOnlyList<Food> Read(Func<string, TextReader?> open, string folderName)
    {
        ArgumentNullException.ThrowIfNull(open);
        var nutrientSlot = new Dictionary<string, int>(StringComparer.Ordinal);
        ReadCsv(open, "nutrient.csv", folderName, true, ["id", "nutrient_nbr"], (r, _) =>
        {
            var nbr = r["nutrient_nbr"].Trim();
            if (nbr.EndsWith(".0", StringComparison.Ordinal)) nbr = nbr[..^2];
            var slot = Array.IndexOf(Sr28Reader.NutrientNumbers, nbr);
            if (slot >= 0) nutrientSlot[r["id"]] = slot;
        });
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadCsv(open, "food_category.csv", folderName, false, ["id", "code"], (r, _) => categories[r["id"]] = r["code"]);
        var ndb = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadCsv(open, "sr_legacy_food.csv", folderName, false, ["fdc_id", "NDB_number"], (r, _) => ndb[r["fdc_id"]] = r["NDB_number"]);
        var foods = new List<(string Id, string Name, string Category)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ReadCsv(open, "food.csv", folderName, true, ["fdc_id", "description"], (r, row) =>
        {
            var id = FdcId(r["fdc_id"], "food.csv", folderName, row);
            if (!ids.Add(id)) throw Bad("food.csv", folderName, row, "fdc_id", id, "each fdc_id once");
            if (string.IsNullOrWhiteSpace(r["description"])) throw Bad("food.csv", folderName, row, "description", r["description"], "a non-blank food description");
            foods.Add((id, r["description"], r.TryGet("food_category_id", out var c) ? c : ""));
        });
        var values = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        ReadCsv(open, "food_nutrient.csv", folderName, true, ["fdc_id", "nutrient_id", "amount"], (r, row) =>
        {
            var id = FdcId(r["fdc_id"], "food_nutrient.csv", folderName, row);
            if (!nutrientSlot.TryGetValue(r["nutrient_id"], out var slot)) return;
            if (!ids.Contains(id)) throw Bad("food_nutrient.csv", folderName, row, "fdc_id", id, "an fdc_id listed in food.csv");
            if (!values.TryGetValue(id, out var arr)) values[id] = arr = new double?[Sr28Reader.NutrientNumbers.Length];
            var amount = Number(r["amount"], "food_nutrient.csv", folderName, row, "amount");
            if (NutrientLimits.Violation(slot, amount) is { } range) throw Bad("food_nutrient.csv", folderName, row, "amount", r["amount"], range);
            arr[slot] = amount;
        });
        var portions = new Dictionary<string, (int Seq, FoodPortion Portion)>(StringComparer.Ordinal);
        ReadCsv(open, "food_portion.csv", folderName, false, ["fdc_id", "gram_weight"], (r, row) =>
        {
            var seq = r.TryGet("seq_num", out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : int.MaxValue;
            var grams = Number(r["gram_weight"], "food_portion.csv", folderName, row, "gram_weight");
            if (grams < 0) throw Bad("food_portion.csv", folderName, row, "gram_weight", r["gram_weight"], "a weight in grams of 0 or more");
            var amount = r.TryGet("amount", out var a) && double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var am) ? am : 1;
            var desc = r.TryGet("portion_description", out var pd) && pd.Length > 0 ? pd : r.TryGet("modifier", out var m) && m.Length > 0 ? m : "portion";
            if (grams > 0 && (!portions.TryGetValue(r["fdc_id"], out var cur) || seq < cur.Seq)) portions[r["fdc_id"]] = (seq, new FoodPortion(amount, desc, grams));
        });
        var result = new List<Food>();
        foreach (var (id, name, cat) in foods)
        {
            if (!values.TryGetValue(id, out var v)) continue;
            var code = categories.GetValueOrDefault(cat, "");
            var group = Sr28Reader.FerrumGroup(code, name);
            var n = new FoodNutrients(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            result.Add(new Food("fdc-" + id, name, group, !Sr28Reader.IsPlantGroup(code), n,
                portions.TryGetValue(id, out var p) ? p.Portion : null,
                new Citation("USDA FoodData Central", "fdc_id " + id) { Reference = "U.S. Department of Agriculture, FoodData Central, fdc.nal.usda.gov" })
            { Ndb = ndb.GetValueOrDefault(id) });
        }
        return result;
    }

    private static void ReadCsv(Func<string, TextReader?> open, string name, string folder, bool required, string[] columns, Action<Row, int> onRow)
    {
        using var reader = open(name);
        if (reader is null)
        {
            if (required) throw new InputErrorException(new InputError("fdc.file-missing", "FoodData Central file not found") { File = Path.Combine(folder, name), Accepted = "a FoodData Central CSV download folder" });
            return;
        }
        using var csv = CsvReader.Create(reader, Strict, false);
        try
        {
            ReadRows(csv, name, folder, columns, onRow);
        }
        catch (CsvFormatException ex)
        {
            throw new InputErrorException(new InputError("fdc.malformed", "malformed CSV: " + ex.Message)
            {
                File = Path.Combine(folder, name), Location = string.Create(CultureInfo.InvariantCulture, $"record {ex.RecordNumber}"),
                Accepted = "RFC 4180 CSV: closed quotes and as many fields in every row as in the header",
            });
        }
    }

    private static readonly CsvReaderOptions Strict = new() { MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw };

    private static void ReadRows(CsvReader csv, string name, string folder, string[] columns, Action<Row, int> onRow)
    {
        csv.ReadHeader();
        var header = csv.Headers.ToList();
        if (header.Count == 0)
            throw new InputErrorException(new InputError("fdc.empty", "empty CSV file") { File = Path.Combine(folder, name) });
        foreach (var c in columns)
            if (!header.Contains(c, StringComparer.Ordinal))
                throw new InputErrorException(new InputError("fdc.column-missing", "column missing") { File = Path.Combine(folder, name), Field = c, Accepted = "columns " + string.Join(", ", columns) });
        var row = 1;
        while (csv.Read())
        {
            row++;
            onRow(new Row(csv), row);
        }
    }

    private static string FdcId(string s, string file, string folder, int row) =>
        long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id.ToString(CultureInfo.InvariantCulture)
            : throw Bad(file, folder, row, "fdc_id", s, "a positive whole number");

    private static InputErrorException Bad(string file, string folder, int row, string field, string value, string accepted) =>
        new(new InputError("fdc.invalid", "unexpected value") { File = Path.Combine(folder, file), Location = $"row {row}", Field = field, Value = value, Accepted = accepted });

    private static double Number(string s, string file, string folder, int row, string field) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
            : throw new InputErrorException(new InputError("fdc.invalid-number", "not a number") { File = Path.Combine(folder, file), Location = $"row {row}", Field = field, Value = s, Accepted = "a finite number with '.' as decimal separator" });

    private readonly struct Row(CsvReader csv)
    {
        public string this[string column] => csv.GetString(column);
        public bool TryGet(string column, out string value)
        {
            var ok = csv.TryGetFieldIndex(column, out var index);
            value = ok ? csv.GetString(index) : "";
            return ok;
        }
    }
}
