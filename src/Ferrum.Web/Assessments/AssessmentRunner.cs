using System.Globalization;
using System.Text;
using Ferrum.Clinical;
using Ferrum.Clinical.Json;
using Ferrum.Storage.Assessments;
using Ferrum.Storage.Labs;

namespace Ferrum.Web.Assessments;

/// <summary>
/// The web front door to the clinical engine: the DESIGN.md input JSON in (the same reader as the CLI), the
/// output JSON out (the same writer), and the draft that stores both with the input's labs on a patient.
/// </summary>
internal static class AssessmentRunner
{
    public static AssessmentRun Run(ReadOnlyMemory<byte> utf8Json, DateOnly today)
    {
        using var stream = new MemoryStream(utf8Json.ToArray(), writable: false);
        var read = AssessmentInputReader.Read(stream, today);
        return Finish(read, today);
    }

    public static AssessmentRun Run(string json, DateOnly today) => Finish(AssessmentInputReader.Read(json, today), today);

    private static AssessmentRun Finish(AssessmentInputReadResult read, DateOnly today)
    {
        if (!read.Succeeded) return new AssessmentRun(null, null, null, read.Errors, read.Warnings);
        var result = AssessmentEngine.Assess(read.Input!, today, read.Warnings);
        return new AssessmentRun(read.Input, result, AssessmentResultWriter.ToJson(result), [], read.Warnings);
    }

    /// <summary>What to store for a successful run on <paramref name="patientId"/>: input and output JSON, summary, labs (undated ones dated today).</summary>
    public static AssessmentDraft ToDraft(Guid patientId, string inputJson, AssessmentRun run, DateOnly today)
    {
        var input = run.Input ?? throw new InvalidOperationException("only a successful run can be stored");
        var result = run.Result!;
        var labs = input.Labs.Select(l => new LabDraft(l.Loinc, l.Value.Value, l.Value.Unit.Ucum, l.Date ?? today)).ToList();
        return new AssessmentDraft(patientId, inputJson, run.ResultJson!, result.RuleSet,
            ContractNames.Of(result.Rls.Status), ContractNames.Of(result.Iron.IronDeficiency), ContractNames.Of(result.Therapy.Recommendation), labs);
    }

    public static string Utf8(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
