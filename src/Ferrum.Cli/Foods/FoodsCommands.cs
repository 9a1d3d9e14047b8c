using System.CommandLine;
using System.Globalization;
using System.Text;
using Ferrum.Cli.Infrastructure;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Cli.Foods;

/// <summary><c>ferrum foods import-sr|import-fdc|search</c>.</summary>
internal static class FoodsCommands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var foods = new Command("foods", "Food database: import USDA SR28 or FoodData Central, search foods.");
        var store = new Option<string?>("--db") { Description = "Database: sqlite:PATH (default: ferrum.db in the user's data folder, as for ferrum serve) or postgres:CONNSTRING." };

        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder with FOOD_DES.txt, FD_GROUP.txt, NUT_DATA.txt, WEIGHT.txt." };
        var importSr = new Command("import-sr", "Import the USDA SR28 / SR Legacy ASCII files into the food database (one transaction; re-import updates).") { dir, store };
        importSr.SetAction((pr, ct) => CliRunner.RunAsync(async token =>
        {
            var d = pr.GetValue(dir)!;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var latin1 = Encoding.Latin1;
            using var fd = Open(d, "FOOD_DES.txt", latin1);
            using var fg = Open(d, "FD_GROUP.txt", latin1);
            using var nd = Open(d, "NUT_DATA.txt", latin1);
            using var w = Open(d, "WEIGHT.txt", latin1);
            var import = Sr28Reader.Read(fd, fg, nd, w);
            var read = clock.Elapsed;
            await using var db = await FoodStore.OpenAsync(pr.GetValue(store), Console.Error, token);
            var r = await db.ImportAsync(import.Foods, token);
            Console.Out.WriteLine(string.Create(Inv, $"imported {import.Foods.Count} foods ({import.NutrientRecords} nutrient rows, {import.WeightRecords} portions, {import.FoodGroupRecords} food groups): {r.Added} new, {r.Updated} updated; the database now holds {r.Total} foods (read {read.TotalSeconds:0.0} s, stored {(clock.Elapsed - read).TotalSeconds:0.0} s)"));
            return CliRunner.Ok;
        }, Console.Error, ct));
        foods.Subcommands.Add(importSr);

        var fdcDir = new Argument<DirectoryInfo>("DIR") { Description = "Folder of a FoodData Central CSV download (food.csv, nutrient.csv, food_nutrient.csv, food_category.csv, food_portion.csv)." };
        var importFdc = new Command("import-fdc", "Import a USDA FoodData Central CSV download into the food database (one transaction; re-import updates).") { fdcDir, store };
        importFdc.SetAction((pr, ct) => CliRunner.RunAsync(async token =>
        {
            var d = pr.GetValue(fdcDir)!;
            var import = FdcCsvReader.Read(name => File.Exists(Path.Combine(d.FullName, name)) ? new StreamReader(Path.Combine(d.FullName, name)) : null, d.FullName);
            await using var db = await FoodStore.OpenAsync(pr.GetValue(store), Console.Error, token);
            var r = await db.ImportAsync(import, token);
            Console.Out.WriteLine(string.Create(Inv, $"imported {import.Count} foods: {r.Added} new, {r.Updated} updated; the database now holds {r.Total} foods"));
            return CliRunner.Ok;
        }, Console.Error, ct));
        foods.Subcommands.Add(importFdc);

        var text = new Argument<string>("TEXT") { Description = "Words that must all appear in the food's name or id." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var limit = new Option<int>("--limit") { Description = "Most results (1–1000).", DefaultValueFactory = _ => 20 };
        format.AcceptOnlyFromAmong("text", "json");
        var search = new Command("search", "Find foods in the default table and the food database.") { text, store, format, limit };
        search.SetAction((pr, ct) => CliRunner.RunAsync(async token =>
        {
            var most = pr.GetValue(limit);
            if (most is < 1 or > 1000)
                throw new InputErrorException(new InputError("foods.limit", "--limit is out of range")
                { Field = "--limit", Value = most.ToString(Inv), Accepted = "a whole number from 1 to 1000" });
            var table = await FoodStore.LoadWithDefaultAsync(pr.GetValue(store), Console.Error, token);
            var hits = table.Search(pr.GetValue(text) ?? "", most);
            if (pr.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                FoodSearchJson.Write(stdout, hits);
            }
            else
            {
                if (hits.Count == 0) Console.Out.WriteLine("no foods found");
                foreach (var f in hits)
                    Console.Out.WriteLine(string.Create(Inv, $"{f.Id,-34} {f.Per100G.IronMg,6:0.00} mg Fe/100 g  {f.Name}  [{f.Source}]"));
            }
            return CliRunner.Ok;
        }, Console.Error, ct));
        foods.Subcommands.Add(search);
        return foods;
    }

    private static StreamReader Open(DirectoryInfo dir, string name, Encoding encoding)
    {
        var path = Path.Combine(dir.FullName, name);
        if (!File.Exists(path))
            throw new InputErrorException(new InputError("sr28.file-missing", "SR28 file not found") { File = path, Accepted = "a folder with FOOD_DES.txt, FD_GROUP.txt, NUT_DATA.txt and WEIGHT.txt" });
        return new StreamReader(path, encoding);
    }
}
