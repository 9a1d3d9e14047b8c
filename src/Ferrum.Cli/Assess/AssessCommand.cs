using System.CommandLine;
using System.Globalization;
using System.Text;
using Ferrum.Cli.Infrastructure;
using Ferrum.Clinical;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;
using Ferrum.Core.Errors;

namespace Ferrum.Cli.Assess;

/// <summary><c>ferrum assess INPUT.json [--format json|text|html] [--out FILE] [--date YYYY-MM-DD]</c>.</summary>
internal static class AssessCommand
{
    private static readonly string[] Formats = ["json", "text", "html", "fhir"];

    /// <summary>Builds the command; <paramref name="sources"/> are further mutually exclusive inputs (FHIR bundle, bulk export).</summary>
    public static Command Create(params IAssessInputSource[] sources)
    {
        var input = new Argument<FileInfo?>("INPUT") { Description = "Assessment input JSON (see docs/clinical-rules.md).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output format: json, text or html (fhir with --fhir).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo?>("--out") { Description = "Write the result to FILE instead of standard output." };
        var date = new Option<string?>("--date") { Description = "Assessment date (YYYY-MM-DD); defaults to today. Used to judge how recent results are." };
        var command = new Command("assess", "Assess one patient's RLS criteria, IRLS, iron status and RLS iron-therapy guidance, with citations.");
        command.Arguments.Add(input);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(date);
        foreach (var s in sources) command.Options.Add(s.Option);
        command.SetAction((parse, ct) => CliRunner.RunAsync(async token =>
        {
            var file = parse.GetValue(input);
            var selected = sources.Where(s => s.IsSelected(parse)).ToList();
            var given = selected.Count + (file is null ? 0 : 1);
            var accepted = string.Join(" | ", sources.Select(s => s.Option.Name).Prepend("INPUT.json"));
            if (given == 0) throw new InputErrorException(new InputError("input.missing", "no input given") { Accepted = accepted });
            if (given > 1) throw new InputErrorException(new InputError("input.ambiguous", "give exactly one input") { Accepted = accepted });
            var options = new AssessOutputOptions(parse.GetValue(format) ?? "text", parse.GetValue(output), Today(parse.GetValue(date)), Console.Out, Console.Error);
            if (selected.Count == 1) return await selected[0].RunAsync(parse, options, token).ConfigureAwait(false);
            return await RunFileAsync(file!, options, token).ConfigureAwait(false);
        }, Console.Error, ct));
        return command;
    }

    private static DateOnly Today(string? text)
    {
        if (text is null) return DateOnly.FromDateTime(DateTime.Now);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new InputErrorException(new InputError("date.invalid", "--date is not a date") { Field = "--date", Value = text, Accepted = "YYYY-MM-DD" });
    }

    private static async Task<int> RunFileAsync(FileInfo file, AssessOutputOptions options, CancellationToken ct)
    {
        if (!file.Exists)
            throw new InputErrorException(new InputError("file.not-found", "file not found") { File = file.FullName, Accepted = "an existing JSON file" });
        if (options.Format == "fhir")
            throw new InputErrorException(new InputError("format.fhir-input", "--format fhir needs FHIR input") { Field = "--format", Value = "fhir", Accepted = "--fhir BUNDLE.json or --bulk DIR; for INPUT.json: json, text or html" });
        AssessmentInputReadResult read;
        await using (var stream = file.OpenRead()) read = AssessmentInputReader.Read(stream, options.Today);
        if (!read.Succeeded) throw new InputErrorException([.. read.Errors.Select(e => e.InFile(file.Name))]);
        foreach (var w in read.Warnings) await options.Stderr.WriteLineAsync("warning: " + w.InFile(file.Name)).ConfigureAwait(false);
        var result = AssessmentEngine.Assess(read.Input!, options.Today, read.Warnings);
        await WriteAsync(result, options, ct).ConfigureAwait(false);
        return CliRunner.Ok;
    }

    /// <summary>Renders <paramref name="result"/> in the chosen format to the chosen destination.</summary>
    public static async Task WriteAsync(AssessmentResult result, AssessOutputOptions options, CancellationToken ct)
    {
        string text = options.Format switch
        {
            "json" => AssessmentResultWriter.ToJson(result) + "\n",
            "html" => HtmlReport.Render(result),
            _ => TextReport.Render(result),
        };
        if (options.OutFile is { } f)
        {
            await File.WriteAllTextAsync(f.FullName, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
            await options.Stderr.WriteLineAsync("wrote " + f.FullName).ConfigureAwait(false);
        }
        else await options.Stdout.WriteAsync(text).ConfigureAwait(false);
    }
}
