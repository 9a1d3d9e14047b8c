using System.CommandLine;
using Ferrum.Cli.Infrastructure;
using Ferrum.Study.Runs;

namespace Ferrum.Cli.Study;

/// <summary><c>ferrum study demo --out DIR [--seed N]</c>.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed of the simulation (default 2).", DefaultValueFactory = _ => Ferrum.Study.Runs.DemoRun.DefaultSeed };
        var command = new Command("demo", "Synthetic NDEV-style study (36 RLS vs 35 non-RLS women with IDA): simulated plates → ELISA → report. SYNTHETIC data.");
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction((parse, ct) => CliRunner.RunAsync(_ =>
        {
            var (elisa, study, files) = DemoRun.Run(parse.GetValue(seed), new StderrProgress(Console.Error));
            var outDir = parse.GetValue(output)!;
            var n = StudyIo.Write(outDir, files);
            Console.Out.WriteLine($"SYNTHETIC demo: {elisa.Plates.Count} plate reads, {study.Cases} RLS vs {study.Controls} non-RLS; {n} files in {outDir} (open report.html)");
            return Task.FromResult(CliRunner.Ok);
        }, Console.Error, ct));
        return command;
    }
}
