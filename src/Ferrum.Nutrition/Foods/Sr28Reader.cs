using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Core.Provenance;

namespace Ferrum.Nutrition.Foods;

/// <summary>
/// Reads the USDA SR28 (SR Legacy) ASCII files: '^'-separated fields, text wrapped in '~', Latin-1, values per 100 g.
/// Pure: the caller opens the files (FOOD_DES, FD_GROUP, NUT_DATA, WEIGHT) and passes readers.
/// </summary>
public static class Sr28Reader
{
    /// <summary>The SR28 nutrient numbers Ferrum keeps, in <see cref="FoodNutrients"/> order.</summary>
    internal static readonly string[] NutrientNumbers = ["208", "203", "204", "205", "303", "401", "301"];

    /// <summary>SR28 food group codes whose foods are treated as plant foods (vegan-compatible) on import.</summary>
    private static readonly HashSet<string> PlantGroups = ["0200", "0900", "1100", "1200", "1600", "2000"];

    /// <summary>Reads all foods. <paramref name="nutData"/> is streamed; only the nutrients Ferrum uses are kept.</summary>
    public static Sr28Import Read(TextReader foodDes, TextReader fdGroup, TextReader nutData, TextReader weight)
    {
        ArgumentNullException.ThrowIfNull(foodDes);
        ArgumentNullException.ThrowIfNull(fdGroup);
        ArgumentNullException.ThrowIfNull(nutData);
        ArgumentNullException.ThrowIfNull(weight);

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        ForEachRow(fdGroup, "FD_GROUP.txt", 2, (f, _) => groups[f[0]] = f[1]);

        var desc = new List<(string Ndb, string Group, string Name)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ForEachRow(foodDes, "FOOD_DES.txt", 3, (f, line) =>
        {
            if (string.IsNullOrWhiteSpace(f[0])) throw Bad("FOOD_DES.txt", line, "NDB_No", f[0], "a non-blank NDB number");
            if (string.IsNullOrWhiteSpace(f[2])) throw Bad("FOOD_DES.txt", line, "Long_Desc", f[2], "a non-blank food description");
            if (!seen.Add(f[0])) throw Bad("FOOD_DES.txt", line, "NDB_No", f[0], "each NDB number once");
            if (!groups.ContainsKey(f[1])) throw Bad("FOOD_DES.txt", line, "FdGrp_Cd", f[1], "a food group code listed in FD_GROUP.txt");
            desc.Add((f[0], f[1], f[2]));
        });

        var values = new Dictionary<string, double?[]>(desc.Count, StringComparer.Ordinal);
        foreach (var d in desc) values[d.Ndb] = new double?[NutrientNumbers.Length];
        var nutRows = 0;
        ForEachRow(nutData, "NUT_DATA.txt", 3, (f, line) =>
        {
            nutRows++;
            var slot = Array.IndexOf(NutrientNumbers, f[1]);
            if (slot < 0) return;
            if (!values.TryGetValue(f[0], out var arr))
                throw Bad("NUT_DATA.txt", line, "NDB_No", f[0], "an NDB number listed in FOOD_DES.txt");
            var value = ParseNumber(f[2], "NUT_DATA.txt", line, "Nutr_Val");
            if (NutrientLimits.Violation(slot, value) is { } range) throw Bad("NUT_DATA.txt", line, "Nutr_Val", f[2], range);
            arr[slot] = value;
        });

        var portions = new Dictionary<string, FoodPortion>(StringComparer.Ordinal);
        var weightRows = 0;
        ForEachRow(weight, "WEIGHT.txt", 5, (f, line) =>
        {
            weightRows++;
            var amount = ParseNumber(f[2], "WEIGHT.txt", line, "Amount");
            var grams = ParseNumber(f[4], "WEIGHT.txt", line, "Gm_Wgt");
            if (amount <= 0) throw Bad("WEIGHT.txt", line, "Amount", f[2], "a positive number of units");
            if (grams <= 0) throw Bad("WEIGHT.txt", line, "Gm_Wgt", f[4], "a positive weight in grams");
            if (f[1] == "1") portions[f[0]] = new FoodPortion(amount, f[3], grams);
        });

        var reference = "U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database for Standard Reference, Release 28";
        var foods = desc.Select(d =>
        {
            var v = values[d.Ndb];
            var n = new FoodNutrients(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            return new Food("sr28-" + d.Ndb, d.Name, FerrumGroup(d.Group, d.Name), !PlantGroups.Contains(d.Group), n,
                portions.GetValueOrDefault(d.Ndb), new Citation("USDA SR28", "NDB " + d.Ndb) { Reference = reference })
            { Ndb = d.Ndb };
        }).ToList();
        return new Sr28Import(foods, groups.Count, nutRows, weightRows);
    }

    /// <summary>True for SR28 food group codes treated as plant foods (spices, fruits, vegetables, nuts, legumes, cereal grains).</summary>
    internal static bool IsPlantGroup(string code) => PlantGroups.Contains(code);

    /// <summary>Maps an SR28 food group code to a Ferrum group (MFP groups per the SR28 README: 0500, 0700, 1000, 1300, 1500, 1700).</summary>
    internal static string FerrumGroup(string srGroup, string name) => srGroup switch
    {
        "0500" => FoodGroup.Poultry,
        "0700" or "1000" or "1300" or "1700" => FoodGroup.Meat,
        "1500" => FoodGroup.Fish,
        "0100" => name.StartsWith("Egg", StringComparison.Ordinal) ? "egg" : "dairy",
        "1600" => name.StartsWith("Tofu", StringComparison.Ordinal) || name.StartsWith("Soy", StringComparison.Ordinal) ? "soy" : "legume",
        "1100" => "vegetable",
        "0900" => "fruit",
        "1200" => "nut-seed",
        "0800" => "cereal",
        "1800" or "2000" => "grain",
        "1400" => name.Contains("tea", StringComparison.OrdinalIgnoreCase) && !name.Contains("herb", StringComparison.OrdinalIgnoreCase)
                  || name.StartsWith("Beverages, coffee", StringComparison.Ordinal) ? FoodGroup.PolyphenolBeverage : "beverage",
        "0400" => "fat-oil",
        "1900" => "sweet",
        _ => "other",
    };

    private static void ForEachRow(TextReader reader, string file, int minFields, Action<string[], int> onRow)
    {
        var lineNo = 0;
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var fields = line.Split('^');
            if (fields.Length < minFields)
                throw Bad(file, lineNo, "fields", fields.Length.ToString(CultureInfo.InvariantCulture), $"at least {minFields} '^'-separated fields");
            for (var i = 0; i < fields.Length; i++)
            {
                var s = fields[i];
                if (s.Length >= 2 && s[0] == '~' && s[^1] == '~') fields[i] = s[1..^1];
            }
            onRow(fields, lineNo);
            rows++;
        }
        if (rows == 0)
            throw new InputErrorException(new InputError("sr28.empty", "SR28 file has no rows") { File = file, Accepted = "a non-empty SR28 file ('^'-separated, '~'-quoted)" });
    }

    private static double ParseNumber(string s, string file, int line, string field) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw Bad(file, line, field, s, "a finite number with '.' as decimal separator");

    private static InputErrorException Bad(string file, int line, string field, string value, string accepted) =>
        new(new InputError("sr28.invalid", "unexpected value") { File = file, Location = $"row {line}", Field = field, Value = value, Accepted = accepted });
}
