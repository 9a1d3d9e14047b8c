using System.CommandLine;
using Ferrum.Cli.Infrastructure;
using Ferrum.Study.Runs;

namespace Ferrum.Cli.Study;

/// <summary><c>ferrum study elisa PLATE... --layout LAYOUT.yaml --out DIR</c>.</summary>
internal static class ElisaCommand
{
    public static Command Create()
    {
        var plates = new Argument<FileInfo[]>("PLATE") { Description = "Plate-reader exports: 8×12 grid CSV, long CSV or .xlsx (several allowed).", Arity = ArgumentArity.OneOrMore };
        var layout = new Option<FileInfo>("--layout") { Description = "Plate layout YAML (standards, blanks, controls, samples, QC limits).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory.", Required = true };
        var command = new Command("elisa", "Fit standard curves, back-calculate concentrations, flag and QC every plate.");
        command.Arguments.Add(plates);
        command.Options.Add(layout);
        command.Options.Add(output);
        command.SetAction((parse, ct) => CliRunner.RunAsync(_ =>
        {
            var progress = new StderrProgress(Console.Error);
            var inputs = parse.GetValue(plates)!.Select(f => new InputFile(f.ToString(), StudyIo.ReadInput(f, "plate"))).ToList();
            var layoutFile = parse.GetValue(layout)!;
            var (result, files) = ElisaRun.Run(inputs, new InputFile(layoutFile.ToString(), StudyIo.ReadInput(layoutFile, "layout")), progress: progress);
            var outDir = parse.GetValue(output)!;
            var n = StudyIo.Write(outDir, files);
            var flagged = result.Samples.Count(s => s.Flags.Count > 0);
            var failed = result.Plates.Count(p => !p.Qc.Pass);
            foreach (var p in result.Plates.Where(p => !p.Qc.Pass))
                foreach (var problem in p.Qc.Problems)
                    Console.Error.WriteLine($"warning: {p.Read.Source}: plate {p.Qc.Plate}, {p.Qc.Analyte} fails QC: {problem}");
            Console.Out.WriteLine($"{result.Plates.Count} plate reads, {result.Samples.Count()} samples ({flagged} flagged), {failed} plate(s) failing QC; {n} files in {outDir}");
            return Task.FromResult(CliRunner.Ok);
        }, Console.Error, ct));
        return command;
    }
}
