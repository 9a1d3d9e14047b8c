using System.CommandLine;
using Ferrum.Cli.Assess;
using Ferrum.Cli.Infrastructure;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Bulk;
using Spectre.Console;

namespace Ferrum.Cli.Fhir;

/// <summary><c>ferrum assess --bulk DIR --out DIR</c>: screen a FHIR Bulk Data export.</summary>
internal sealed class BulkExportSource : IAssessInputSource
{
    private readonly Option<DirectoryInfo?> _option = new("--bulk") { Description = "A FHIR Bulk Data export folder (*.ndjson, *.ndjson.gz); needs --out DIR for results.ndjson, summary.csv and report.json." };

    public Option Option => _option;

    public bool IsSelected(ParseResult parseResult) => parseResult.GetValue(_option) is not null;

    public Task<int> RunAsync(ParseResult parseResult, AssessOutputOptions output, CancellationToken ct)
    {
        var input = parseResult.GetValue(_option)!;
        if (output.OutFile is null)
            throw new InputErrorException(new InputError("bulk.out-missing", "--bulk needs an output folder") { Field = "--out", Accepted = "--out DIR (created if missing)" });
        if (output.Format is not ("text" or "json"))
            throw new InputErrorException(new InputError("format.bulk", "--bulk prints its report as text or json") { Field = "--format", Value = output.Format, Accepted = "text or json (results are always FHIR NDJSON and CSV files)" });
        var options = new BulkOptions(input.FullName, output.OutFile.FullName, output.Today);
        var report = Console.IsErrorRedirected
            ? BulkScreening.Run(options, null, ct)
            : WithProgressBar(options, ct);
        if (output.Format == "json") output.Stdout.Write(File.ReadAllText(Path.Combine(options.OutputDirectory, "report.json")));
        else BulkReportText.Write(report, options.OutputDirectory, output.Stdout);
        return Task.FromResult(CliRunner.Ok);
    }

    private static BulkReport WithProgressBar(BulkOptions options, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        BulkReport? report = null;
        console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var read = ctx.AddTask("read and join", maxValue: 1);
                var assess = ctx.AddTask("assess", maxValue: 1);
                var progress = new SyncProgress(p =>
                {
                    var task = p.Phase == "read" ? read : assess;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                report = BulkScreening.Run(options, progress, ct);
                read.Value = read.MaxValue;
                assess.Value = assess.MaxValue;
            });
        return report!;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and race the end of the run).</summary>
    private sealed class SyncProgress(Action<BulkProgress> report) : IProgress<BulkProgress>
    {
        private long _last;

        public void Report(BulkProgress value)
        {
            var now = Environment.TickCount64;
            if (value.Phase == "read" && now - Interlocked.Read(ref _last) < 100) return;
            Interlocked.Exchange(ref _last, now);
            lock (this) report(value);
        }
    }
}
