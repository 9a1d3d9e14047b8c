using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;
using Ferrum.Fhir.Output;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Writes the bulk screening result of one patient as FHIR R4 NDJSON straight to UTF-8: a ClinicalImpression with the
/// RLS status, iron status, anemia and RLS iron-therapy findings and the distinct citations, and an Observation for the
/// IRLS total when scored. Same codes and ids as <see cref="AssessmentToFhir"/>, without its per-finding notes, work-up
/// requests and care plan (those are for one patient at a time); tests validate the lines against R4.
/// </summary>
internal sealed class BulkFhirWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private readonly Utf8JsonWriter _w;

    public BulkFhirWriter() => _w = new Utf8JsonWriter(_buffer, Options);

    /// <summary>The NDJSON lines (newline-terminated) for <paramref name="r"/>.</summary>
    public byte[] Write(AssessmentResult r, string patientId)
    {
        _buffer.ResetWrittenCount();
        var date = r.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (r.Rls.IrlsTotal is { } total) Line(() => Irls(r, patientId, date, total));
        Line(() => Impression(r, patientId, date));
        return _buffer.WrittenSpan.ToArray();
    }

    private void Line(Action body)
    {
        _w.Reset(_buffer);
        body();
        _w.Flush();
        _buffer.Write("\n"u8);
    }

    private void Irls(AssessmentResult r, string patientId, string date, int total)
    {
        _w.WriteStartObject();
        _w.WriteString("resourceType", "Observation");
        _w.WriteString("id", StableId.For(patientId, "irls-total", 0));
        _w.WriteString("status", "final");
        Coding("code", CodeSystems.FerrumRls, "irls-total", "IRLS total score (0-40)");
        Subject(patientId);
        _w.WriteString("effectiveDateTime", date);
        _w.WriteNumber("valueInteger", total);
        if (r.Rls.IrlsSeverity is { } s)
        {
            _w.WriteStartArray("interpretation");
            _w.WriteStartObject();
            _w.WriteString("text", "IRLS severity: " + ContractNames.Of(s));
            _w.WriteEndObject();
            _w.WriteEndArray();
        }
        _w.WriteEndObject();
    }

    private void Impression(AssessmentResult r, string patientId, string date)
    {
        _w.WriteStartObject();
        _w.WriteString("resourceType", "ClinicalImpression");
        _w.WriteString("id", StableId.For(patientId, "impression", 0));
        _w.WriteStartArray("identifier");
        _w.WriteStartObject();
        _w.WriteString("system", CodeSystems.RuleSet);
        _w.WriteString("value", r.RuleSet);
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteString("status", "completed");
        _w.WriteStartObject("code");
        _w.WriteString("text", "Ferrum RLS and iron assessment");
        _w.WriteEndObject();
        Subject(patientId);
        _w.WriteString("effectiveDateTime", date);
        _w.WriteString("date", date);
        _w.WriteStartArray("finding");
        Finding(CodeSystems.FerrumRls, "rls-status", ImpressionTexts.RlsStatus(r));
        Finding(CodeSystems.FerrumRls, "iron-status", ImpressionTexts.IronStatus(r));
        Finding(CodeSystems.FerrumRls, "rls-iron-therapy", ImpressionTexts.Therapy(r));
        if (r.Iron.Anemia is { } anemia) Finding(CodeSystems.Snomed, ImpressionTexts.AnemiaSnomed, ImpressionTexts.Anemia(anemia));
        _w.WriteEndArray();
        var sources = r.Findings.SelectMany(x => x.Citations).Distinct().Select(CitationText.Of).ToList();
        if (sources.Count > 0)
        {
            _w.WriteStartArray("note");
            _w.WriteStartObject();
            _w.WriteString("text", "Sources: " + string.Join("; ", sources));
            _w.WriteEndObject();
            _w.WriteEndArray();
        }
        _w.WriteEndObject();
    }

    private void Subject(string patientId)
    {
        _w.WriteStartObject("subject");
        _w.WriteString("reference", "Patient/" + patientId);
        _w.WriteEndObject();
    }

    private void Coding(string property, string system, string code, string display)
    {
        _w.WriteStartObject(property);
        _w.WriteStartArray("coding");
        _w.WriteStartObject();
        _w.WriteString("system", system);
        _w.WriteString("code", code);
        _w.WriteString("display", display);
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
    }

    private void Finding(string system, string code, string text)
    {
        _w.WriteStartObject();
        _w.WriteStartObject("itemCodeableConcept");
        _w.WriteStartArray("coding");
        _w.WriteStartObject();
        _w.WriteString("system", system);
        _w.WriteString("code", code);
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteString("text", text);
        _w.WriteEndObject();
        _w.WriteEndObject();
    }
}
