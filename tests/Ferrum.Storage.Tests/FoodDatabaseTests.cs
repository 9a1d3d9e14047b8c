using System.Data.Common;
using System.Diagnostics;
using Ferrum.Core.Provenance;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Tests.Support;
using Ferrum.Storage.Foods;
using Ferrum.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Ferrum.Storage.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class FoodDatabaseTests(PostgresFixture pg, ITestOutputHelper output)
{
    private static Food Sr(string ndb, string name, double iron, FoodPortion? portion = null) =>
        new($"sr28-{ndb}", name, "legumes", false, new FoodNutrients(116, 9.0, 0.4, 20.1, iron, 1.5, 19), portion, new Citation("USDA SR28", "NDB " + ndb)) { Ndb = ndb };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imported_foods_come_back_with_every_field(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var lentils = Sr("16070", "Lentils, mature seeds, cooked, boiled, without salt", 3.33, new FoodPortion(1, "cup", 198)) with { Plannable = false };
        var fdc = new Food("fdc-42", "Tofu, test", "legumes", false, new FoodNutrients(null, null, null, null, 5.36, null, 350), null, new Citation("USDA FoodData Central", "FDC 42"));
        await using (var foods = await FoodDatabase.OpenAsync(db.Target))
        {
            var r = await foods.ImportAsync([lentils, fdc]);
            Assert.Equal(new FoodImportResult(2, 0, 2), r);
        }
        await using var again = await FoodDatabase.OpenAsync(db.Target);
        var loaded = await again.LoadAsync();
        Assert.Equal(2, loaded.Count);
        var l = Assert.Single(loaded, f => f.Id == "sr28-16070");
        Assert.Equal((lentils.Name, lentils.Group, lentils.Animal, lentils.Plannable, lentils.Ndb), (l.Name, l.Group, l.Animal, l.Plannable, l.Ndb));
        Assert.Equal(lentils.Per100G, l.Per100G);
        Assert.Equal(lentils.Portion, l.Portion);
        Assert.Equal(lentils.Source, l.Source);
        var t = Assert.Single(loaded, f => f.Id == "fdc-42");
        Assert.Equal(fdc.Per100G, t.Per100G);
        Assert.Null(t.Portion);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Re_import_updates_by_source_and_id_instead_of_adding(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        await using var foods = await FoodDatabase.OpenAsync(db.Target);
        await foods.ImportAsync([Sr("16070", "Lentils", 3.33), Sr("11457", "Spinach, raw", 2.71)]);
        var r = await foods.ImportAsync([Sr("16070", "Lentils, corrected", 3.5), Sr("20035", "Quinoa, uncooked", 4.57)]);
        Assert.Equal(new FoodImportResult(1, 1, 3), r);
        var lentils = Assert.Single(await foods.LoadAsync(), f => f.Id == "sr28-16070");
        Assert.Equal(("Lentils, corrected", 3.5), (lentils.Name, lentils.Per100G.IronMg!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_food_rolls_back_the_whole_import(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        await using var foods = await FoodDatabase.OpenAsync(db.Target);
        await foods.ImportAsync([Sr("16070", "Lentils", 3.33)]);
        // The last food breaks a NOT NULL column: the database rejects it after the first two were written.
        var broken = new Food("sr28-99999", "Broken", "legumes", false, new FoodNutrients(null, null, null, null, 1, null, null), null, new Citation(null!, "x"));
        await Assert.ThrowsAnyAsync<DbException>(() => foods.ImportAsync([Sr("16070", "Lentils, changed", 9), Sr("11457", "Spinach", 2.71), broken]));
        var after = await foods.LoadAsync();
        Assert.Equal("Lentils", Assert.Single(after).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Food_schema_has_its_own_migration_history_beside_the_ferrum_schema(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        await using (await FoodDatabase.OpenAsync(db.Target)) { }
        await using var ctx = db.NewContext();
        var food = await ctx.Database.SqlQueryRaw<string>($"SELECT \"MigrationId\" AS \"Value\" FROM \"{FoodDbContext.HistoryTable}\"").ToListAsync();
        Assert.Equal(["FoodsInitial"], food.Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        var ferrum = await ctx.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync();
        Assert.DoesNotContain(ferrum, m => m.EndsWith("FoodsInitial", StringComparison.Ordinal));
        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
    }

    [Sr28Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Full_sr28_imports_once_and_re_imports_as_updates(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        await using var foods = await FoodDatabase.OpenAsync(db.Target);
        var sr28 = Sr28.Import.Foods;  // parsed before the clock starts
        var clock = Stopwatch.StartNew();
        var first = await foods.ImportAsync(sr28);
        var once = clock.Elapsed;
        var second = await foods.ImportAsync(sr28);
        output.WriteLine($"{provider}: SR28 import {once.TotalSeconds:0.00} s, re-import {(clock.Elapsed - once).TotalSeconds:0.00} s");
        Assert.Equal(new FoodImportResult(8789, 0, 8789), first);
        Assert.Equal(new FoodImportResult(0, 8789, 8789), second);
        var spinach = Assert.Single(await foods.LoadAsync(), f => f.Ndb == "11457");
        Assert.Equal(2.71, spinach.Per100G.IronMg);
    }
}
