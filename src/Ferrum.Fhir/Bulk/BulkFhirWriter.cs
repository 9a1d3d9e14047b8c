using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;
using Ferrum.Core.Provenance;
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
    private readonly IBufferWriter<byte> _target;
    private readonly Utf8JsonWriter _w;
    // Citations are a few shared rule objects: each instance is mapped once to the index of its value-equal first
    // instance and to its text, so the per-patient "distinct citations" needs no record hashing or string building.
    private readonly Dictionary<Citation, int> _citationIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Citation, int> _citationByValue = [];
    private readonly List<string> _citationText = [];
    private readonly List<int> _seen = [];

    /// <summary>A writer appending NDJSON lines to <paramref name="target"/>.</summary>
    public BulkFhirWriter(IBufferWriter<byte> target)
    {
        _target = target;
        _w = new Utf8JsonWriter(target, Options);
    }

    /// <summary>Appends the NDJSON lines (newline-terminated) for <paramref name="r"/>.</summary>
    public void Write(AssessmentResult r, string patientId)
    {
        var date = r.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (r.Rls.IrlsTotal is { } total)
        {
            Start();
            Irls(r, patientId, date, total);
            End();
        }
        Start();
        Impression(r, patientId, date);
        End();
    }

    private void Start() => _w.Reset(_target);

    private void End()
    {
        _w.Flush();
        _target.Write("\n"u8);
    }

    private string? Sources(AssessmentResult r)
    {
        _seen.Clear();
        foreach (var finding in r.Findings)
            foreach (var c in finding.Citations)
            {
                if (!_citationIndex.TryGetValue(c, out var index))
                {
                    if (_citationIndex.Count > 10_000) _citationIndex.Clear(); // only if citations were built per result
                    if (!_citationByValue.TryGetValue(c, out index))
                    {
                        index = _citationText.Count;
                        _citationByValue[c] = index;
                        _citationText.Add(CitationText.Of(c));
                    }
                    _citationIndex[c] = index;
                }
                if (!_seen.Contains(index)) _seen.Add(index);
            }
        if (_seen.Count == 0) return null;
        var sb = new System.Text.StringBuilder("Sources: ");
        for (var i = 0; i < _seen.Count; i++) sb.Append(i == 0 ? "" : "; ").Append(_citationText[_seen[i]]);
        return sb.ToString();
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
        if (Sources(r) is { } sources)
        {
            _w.WriteStartArray("note");
            _w.WriteStartObject();
            _w.WriteString("text", sources);
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
