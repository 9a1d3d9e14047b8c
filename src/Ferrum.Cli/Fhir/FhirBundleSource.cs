using System.CommandLine;
using System.Text;
using Ferrum.Cli.Assess;
using Ferrum.Cli.Infrastructure;
using Ferrum.Clinical.Json;
using Ferrum.Core.Errors;
using Ferrum.Fhir;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Output;
using Hl7.Fhir.Model;

namespace Ferrum.Cli.Fhir;

/// <summary><c>ferrum assess --fhir BUNDLE.json [--format json|fhir|text|html]</c>: assess the patients in a FHIR R4 Bundle.</summary>
internal sealed class FhirBundleSource : IAssessInputSource
{
    private readonly Option<FileInfo?> _option = new("--fhir") { Description = "A FHIR R4 Bundle (or one resource) in JSON: Patient, Observation, QuestionnaireResponse, MedicationRequest/Statement, Condition." };

    public Option Option => _option;

    public bool IsSelected(ParseResult parseResult) => parseResult.GetValue(_option) is not null;

    public async Task<int> RunAsync(ParseResult parseResult, AssessOutputOptions output, CancellationToken ct)
    {
        var file = parseResult.GetValue(_option)!;
        if (!file.Exists) throw new InputErrorException(new InputError("file.not-found", "file not found") { File = file.FullName, Accepted = "an existing FHIR JSON file" });
        var json = await File.ReadAllTextAsync(file.FullName, ct).ConfigureAwait(false);
        var (patients, issues) = FhirAssessment.AssessJson(json, output.Today, file.Name);
        foreach (var issue in issues.Concat(patients.SelectMany(p => p.Issues)))
            await output.Stderr.WriteLineAsync($"warning: {file.Name}: {issue}").ConfigureAwait(false);
        if (patients.Count == 0)
            throw new InputErrorException(new InputError("fhir.no-patient", "the FHIR input holds no Patient and no resource that refers to one") { File = file.Name, Accepted = "a Bundle with a Patient resource" });
        var assessed = patients.Where(p => p.Result is not null).ToList();
        if (assessed.Count == 0)
            throw new InputErrorException([.. patients.SelectMany(p => p.Issues).Where(i => i.Code.StartsWith("patient.", StringComparison.Ordinal))
                .Select(i => new InputError(i.Code, i.Message) { File = file.Name, Location = $"{i.ResourceType}/{i.ResourceId}" }).DefaultIfEmpty(new InputError("fhir.not-assessed", "no patient could be assessed") { File = file.Name })]);
        if (output.Format == "fhir")
        {
            await WriteTextAsync(FhirJson.Serialize(ToBundle(patients), pretty: true) + "\n", output, ct).ConfigureAwait(false);
            return CliRunner.Ok;
        }
        if (assessed.Count == 1)
        {
            await AssessCommand.WriteAsync(assessed[0].Result!, output, ct).ConfigureAwait(false);
            return CliRunner.Ok;
        }
        if (output.Format != "json")
            throw new InputErrorException(new InputError("format.many-patients", $"the bundle holds {assessed.Count} patients") { Field = "--format", Value = output.Format, Accepted = "json or fhir for several patients" });
        var sb = new StringBuilder("[\n");
        sb.AppendJoin(",\n", assessed.Select(p => AssessmentResultWriter.ToJson(p.Result!)));
        await WriteTextAsync(sb.Append("\n]\n").ToString(), output, ct).ConfigureAwait(false);
        return CliRunner.Ok;
    }

    /// <summary>All patients' resources in one collection Bundle, with an OperationOutcome listing mapping issues.</summary>
    private static Bundle ToBundle(IReadOnlyList<FhirPatientAssessment> patients)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var p in patients.Where(p => p.Result is not null))
            foreach (var r in AssessmentToFhir.ToResources(p.Result!, p.PatientId))
                bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + r.Id, Resource = r });
        var issues = patients.SelectMany(p => p.Issues).ToList();
        if (issues.Count > 0)
        {
            var outcome = new OperationOutcome { Id = "mapping-issues" };
            outcome.Issue.AddRange(issues.Select(i => new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Warning,
                Code = OperationOutcome.IssueType.Processing,
                Details = new CodeableConcept { Text = i.Message },
                Diagnostics = i.Code,
                Expression = [$"{i.ResourceType}/{i.ResourceId}"],
            }));
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:ferrum:mapping-issues", Resource = outcome });
        }
        return bundle;
    }

    private static async System.Threading.Tasks.Task WriteTextAsync(string text, AssessOutputOptions output, CancellationToken ct)
    {
        if (output.OutFile is { } f)
        {
            await File.WriteAllTextAsync(f.FullName, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
            await output.Stderr.WriteLineAsync("wrote " + f.FullName).ConfigureAwait(false);
        }
        else await output.Stdout.WriteAsync(text).ConfigureAwait(false);
    }
}
