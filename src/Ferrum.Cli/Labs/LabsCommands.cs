using System.CommandLine;
using System.Globalization;
using Ferrum.Cli.Infrastructure;
using Ferrum.Storage.Configuration;
using Ferrum.Storage.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Ferrum.Cli.Labs;

/// <summary><c>ferrum labs import FILE.csv [--db …] [--batch-size N]</c>: batched, transactional, idempotent lab import.</summary>
internal static class LabsCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV with columns patient,sex,loinc,value,unit,date." };
        var db = new Option<string>("--db") { Description = "Database: sqlite:PATH (default: ferrum.db in the user's data folder) or postgres:CONNSTRING." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction (1–10000).", DefaultValueFactory = _ => 500 };
        var import = new Command("import", "Import lab results; prints one 'ack' line per committed batch. Safe to re-run or resume after a crash.")
        {
            file, db, batchSize,
        };
        import.SetAction((pr, ct) => CliRunner.RunAsync(async token =>
        {
            var size = pr.GetValue(batchSize);
            if (size is < 1 or > 10_000)
                throw new Core.Errors.InputErrorException(new Core.Errors.InputError("labs.batch-size", "batch size out of range")
                    { Field = "--batch-size", Value = size.ToString(CultureInfo.InvariantCulture), Accepted = "1–10000" });
            var input = pr.GetValue(file)!;
            if (!input.Exists)
                throw new Core.Errors.InputErrorException(new Core.Errors.InputError("file.missing", "file not found") { File = input.FullName });
            List<LabImportRow> rows;
            // A sample cannot be drawn after today (the machine's local date).
            var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            using (var reader = new StreamReader(input.FullName)) rows = LabCsvReader.Read(reader, input.Name, today);
            var dbText = pr.GetValue(db);
            var target = dbText is null ? DatabaseTarget.Default() : DatabaseTarget.Parse(dbText);
            await using var services = new ServiceCollection().AddFerrumStorage(target).BuildServiceProvider();
            await DatabaseInitializer.MigrateAsync(services, token);
            var stdout = Console.Out;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"start rows={rows.Count} batch-size={size}"));
            var inserted = await LabImporter.ImportAsync(services, rows, size, "cli:" + Environment.UserName, async b =>
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"ack batch={b.Index} lines={b.FirstLine}-{b.LastLine} rows={b.Rows} inserted={b.Inserted}"));
                await stdout.FlushAsync(token);
            }, token);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"done rows={rows.Count} inserted={inserted}"));
            return CliRunner.Ok;
        }, Console.Error, ct));
        var labs = new Command("labs", "Lab results in the Ferrum database.");
        labs.Subcommands.Add(import);
        return labs;
    }
}
