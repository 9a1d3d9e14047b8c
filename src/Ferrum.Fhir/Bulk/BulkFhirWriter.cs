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
    private readonly Dictionary<ulong, JsonEncodedText> _sources = [];
    private readonly Dictionary<string, JsonEncodedText> _texts = new(StringComparer.Ordinal);
    private DateOnly _dateOf = DateOnly.MinValue;
    private JsonEncodedText _date;

    /// <summary>A writer appending NDJSON lines to <paramref name="target"/>.</summary>
    public BulkFhirWriter(IBufferWriter<byte> target)
    {
        _target = target;
        _w = new Utf8JsonWriter(target, Options);
    }

    /// <summary>Appends the NDJSON lines (newline-terminated) for <paramref name="r"/>.</summary>
    public void Write(AssessmentResult r, string patientId)
    {
        if (r.AssessedOn != _dateOf)
        {
            _dateOf = r.AssessedOn;
            _date = JsonEncodedText.Encode(r.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Options.Encoder);
        }
        if (r.Rls.IrlsTotal is { } total)
        {
            Start();
            Irls(r, patientId, total);
            End();
        }
        Start();
        Impression(r, patientId);
        End();
    }

    private void Start() => _w.Reset(_target);

    private void End()
    {
        _w.Flush();
        _target.Write("\n"u8);
    }

    /// <summary>The "Sources: …" note for the distinct citations of <paramref name="r"/>, encoded once per distinct list.</summary>
    private JsonEncodedText? Sources(AssessmentResult r)
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
        // The ordered list of up to ten citation indexes below 63 packed into one exact key.
        var key = 0UL;
        var packable = _seen.Count <= 10 && _seen.TrueForAll(i => i < 63);
        if (packable) foreach (var i in _seen) key = key * 64 + (ulong)(i + 1);
        if (packable && _sources.TryGetValue(key, out var cached)) return cached;
        var sb = new System.Text.StringBuilder("Sources: ");
        for (var i = 0; i < _seen.Count; i++) sb.Append(i == 0 ? "" : "; ").Append(_citationText[_seen[i]]);
        var text = JsonEncodedText.Encode(sb.ToString(), Options.Encoder);
        if (packable && _sources.Count < 4096) _sources[key] = text;
        return text;
    }

    /// <summary>A finding or interpretation text, encoded once per distinct text.</summary>
    private JsonEncodedText Text(string text)
    {
        if (_texts.TryGetValue(text, out var e)) return e;
        e = JsonEncodedText.Encode(text, Options.Encoder);
        if (_texts.Count < 4096) _texts[text] = e;
        return e;
    }

    private void Irls(AssessmentResult r, string patientId, int total)
    {
        _w.WriteStartObject();
        _w.WriteString(N.ResourceType, N.Observation);
        _w.WriteString(N.Id, StableId.For(patientId, "irls-total", 0));
        _w.WriteString(N.Status, N.Final);
        _w.WriteStartObject(N.Code);
        _w.WriteStartArray(N.Coding);
        _w.WriteStartObject();
        _w.WriteString(N.System, N.FerrumRls);
        _w.WriteString(N.Code, N.IrlsTotal);
        _w.WriteString(N.Display, N.IrlsTotalDisplay);
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
        Subject(patientId);
        _w.WriteString(N.EffectiveDateTime, _date);
        _w.WriteNumber(N.ValueInteger, total);
        if (r.Rls.IrlsSeverity is { } s)
        {
            _w.WriteStartArray(N.Interpretation);
            _w.WriteStartObject();
            _w.WriteString(N.Text, Text("IRLS severity: " + ContractNames.Of(s)));
            _w.WriteEndObject();
            _w.WriteEndArray();
        }
        _w.WriteEndObject();
    }

    private void Impression(AssessmentResult r, string patientId)
    {
        _w.WriteStartObject();
        _w.WriteString(N.ResourceType, N.ClinicalImpression);
        _w.WriteString(N.Id, StableId.For(patientId, "impression", 0));
        _w.WriteStartArray(N.Identifier);
        _w.WriteStartObject();
        _w.WriteString(N.System, N.RuleSet);
        _w.WriteString(N.Value, Text(r.RuleSet));
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteString(N.Status, N.Completed);
        _w.WriteStartObject(N.Code);
        _w.WriteString(N.Text, N.ImpressionCode);
        _w.WriteEndObject();
        Subject(patientId);
        _w.WriteString(N.EffectiveDateTime, _date);
        _w.WriteString(N.Date, _date);
        _w.WriteStartArray(N.Finding);
        Finding(N.FerrumRls, N.RlsStatus, Text(ImpressionTexts.RlsStatus(r)));
        Finding(N.FerrumRls, N.IronStatus, JsonEncodedText.Encode(ImpressionTexts.IronStatus(r), Options.Encoder));
        Finding(N.FerrumRls, N.RlsIronTherapy, Text(ImpressionTexts.Therapy(r)));
        if (r.Iron.Anemia is { } anemia) Finding(N.Snomed, N.AnemiaCode, anemia ? N.AnemiaYes : N.AnemiaNo);
        _w.WriteEndArray();
        if (Sources(r) is { } sources)
        {
            _w.WriteStartArray(N.Note);
            _w.WriteStartObject();
            _w.WriteString(N.Text, sources);
            _w.WriteEndObject();
            _w.WriteEndArray();
        }
        _w.WriteEndObject();
    }

    private void Subject(string patientId)
    {
        _w.WriteStartObject(N.Subject);
        _w.WriteString(N.Reference, "Patient/" + patientId);
        _w.WriteEndObject();
    }

    private void Finding(JsonEncodedText system, JsonEncodedText code, JsonEncodedText text)
    {
        _w.WriteStartObject();
        _w.WriteStartObject(N.ItemCodeableConcept);
        _w.WriteStartArray(N.Coding);
        _w.WriteStartObject();
        _w.WriteString(N.System, system);
        _w.WriteString(N.Code, code);
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteString(N.Text, text);
        _w.WriteEndObject();
        _w.WriteEndObject();
    }

    /// <summary>Property names and constant values, encoded once.</summary>
    private static class N
    {
        private static JsonEncodedText E(string s) => JsonEncodedText.Encode(s, Options.Encoder);
        public static readonly JsonEncodedText ResourceType = E("resourceType"), Id = E("id"), Status = E("status"), Code = E("code"),
            Coding = E("coding"), System = E("system"), Display = E("display"), Subject = E("subject"), Reference = E("reference"),
            EffectiveDateTime = E("effectiveDateTime"), Date = E("date"), ValueInteger = E("valueInteger"), Interpretation = E("interpretation"),
            Text = E("text"), Identifier = E("identifier"), Value = E("value"), Finding = E("finding"), Note = E("note"),
            ItemCodeableConcept = E("itemCodeableConcept");
        public static readonly JsonEncodedText Observation = E("Observation"), ClinicalImpression = E("ClinicalImpression"), Final = E("final"),
            Completed = E("completed"), FerrumRls = E(CodeSystems.FerrumRls), Snomed = E(CodeSystems.Snomed), RuleSet = E(CodeSystems.RuleSet),
            IrlsTotal = E("irls-total"), IrlsTotalDisplay = E("IRLS total score (0-40)"), ImpressionCode = E("Ferrum RLS and iron assessment"),
            RlsStatus = E("rls-status"), IronStatus = E("iron-status"), RlsIronTherapy = E("rls-iron-therapy"), AnemiaCode = E(ImpressionTexts.AnemiaSnomed),
            AnemiaYes = E(ImpressionTexts.Anemia(true)), AnemiaNo = E(ImpressionTexts.Anemia(false));
    }
}
