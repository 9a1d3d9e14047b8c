using System.CommandLine;
using System.Globalization;
using Ferrum.Cli.Infrastructure;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Synthetic;

namespace Ferrum.Cli.Fhir;

/// <summary><c>ferrum synth fhir --patients N --out DIR</c>: a synthetic FHIR Bulk Data export.</summary>
internal static class SynthCommands
{
    public static Command Create()
    {
        var patients = new Option<int>("--patients") { Description = "Number of patients (1 to 100,000,000).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the NDJSON files.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var files = new Option<int>("--files-per-type") { Description = "Split each resource type across this many files.", DefaultValueFactory = _ => 1 };
        var gzip = new Option<bool>("--gzip") { Description = "Write .ndjson.gz files." };
        var date = new Option<string?>("--date") { Description = "Export date (YYYY-MM-DD); defaults to today." };
        var fhir = new Command("fhir", "Write a synthetic FHIR Bulk Data export (Patient, Observation, MedicationRequest, Condition, QuestionnaireResponse NDJSON).");
        foreach (var o in new Option[] { patients, output, seed, files, gzip, date }) fhir.Options.Add(o);
        fhir.SetAction((parse, ct) => CliRunner.RunAsync(_ =>
        {
            var n = parse.GetValue(patients);
            if (n is < 1 or > 100_000_000)
                throw new InputErrorException(new InputError("value.out-of-range", "--patients is out of range") { Field = "--patients", Value = n.ToString(CultureInfo.InvariantCulture), Accepted = "1 to 100000000" });
            var perType = parse.GetValue(files);
            if (perType is < 1 or > 1000)
                throw new InputErrorException(new InputError("value.out-of-range", "--files-per-type is out of range") { Field = "--files-per-type", Value = perType.ToString(CultureInfo.InvariantCulture), Accepted = "1 to 1000" });
            var asOf = CliDates.Parse(parse.GetValue(date), "--date");
            var dir = parse.GetValue(output)!.FullName;
            var summary = SyntheticExport.Write(dir, new SyntheticExportOptions(n, parse.GetValue(seed), asOf) { FilesPerType = perType, Gzip = parse.GetValue(gzip) },
                new Progress<long>(done => Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{done:N0} / {n:N0} patients"))));
            Console.Error.WriteLine();
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {summary.Files.Count} files, {summary.Bytes / 1e6:0.0} MB, {n} patients to {dir}"));
            return Task.FromResult(CliRunner.Ok);
        }, Console.Error, ct));
        var synth = new Command("synth", "Generate synthetic data for testing and benchmarks.");
        synth.Subcommands.Add(fhir);
        return synth;
    }
}
