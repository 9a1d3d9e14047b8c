using System.CommandLine;
using Ferrum.Cli.Infrastructure;
using Ferrum.Study.Runs;

namespace Ferrum.Cli.Study;

/// <summary><c>ferrum study analyze DATA.(csv|xlsx) --spec STUDY.yaml --out DIR</c>.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var data = new Argument<FileInfo>("DATA") { Description = "One row per subject: CSV (comma, or semicolon with decimal comma) or .xlsx (first sheet)." };
        var spec = new Option<FileInfo>("--spec") { Description = "Study spec YAML (group, biomarkers, severity, covariates, conventions).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory for report.html, tables, figures, results.json, provenance.json.", Required = true };
        var command = new Command("analyze", "Table 1, group comparisons, ROC, correlations and adjusted models, as a report.");
        command.Arguments.Add(data);
        command.Options.Add(spec);
        command.Options.Add(output);
        command.SetAction((parse, ct) => CliRunner.RunAsync(_ =>
        {
            var dataFile = parse.GetValue(data)!;
            var specFile = parse.GetValue(spec)!;
            var (result, files) = AnalyzeRun.Run(new InputFile(dataFile.ToString(), StudyIo.ReadInput(dataFile, "data")),
                new InputFile(specFile.ToString(), StudyIo.ReadInput(specFile, "spec")), new StderrProgress(Console.Error));
            var outDir = parse.GetValue(output)!;
            var n = StudyIo.Write(outDir, files);
            Console.Out.WriteLine($"{result.Cases} cases, {result.Controls} controls, {result.Biomarkers.Count} biomarkers; {n} files in {outDir} (open report.html)");
            return Task.FromResult(CliRunner.Ok);
        }, Console.Error, ct));
        return command;
    }
}
