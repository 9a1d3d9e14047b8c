using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ferrum.Clinical.Assessment;
using Ferrum.Core.Errors;
using Ferrum.Core.Provenance;

namespace Ferrum.Clinical.Json;

/// <summary>Writes an <see cref="AssessmentResult"/> as the DESIGN.md assessment output JSON (camelCase, every contract field present, nulls explicit).</summary>
public static class AssessmentResultWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Buffers above this size are not kept for reuse, so one huge result does not pin memory on a thread.
    private const int MaxRetainedBytes = 256 * 1024;

    // One reusable buffer and writer per thread: a result is ~10 kB of JSON, and growing a fresh MemoryStream,
    // copying it (ToArray) and allocating a new Utf8JsonWriter per call made the writer the largest cost of
    // read + assess + write (≈ 58 kB allocated per result).
    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic] private static Utf8JsonWriter? bufferWriter;
    [ThreadStatic] private static Utf8JsonWriter? streamWriter;

    /// <summary>Writes UTF-8 JSON to <paramref name="utf8"/>.</summary>
    public static void Write(Stream utf8, AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(result);
        var w = streamWriter;
        if (w is null) streamWriter = w = new Utf8JsonWriter(utf8, Options);
        else w.Reset(utf8);
        try
        {
            Write(w, result);
        }
        finally
        {
            if (w.BytesCommitted > MaxRetainedBytes) streamWriter = null;
            w.Reset(Stream.Null);
        }
    }

    /// <summary>The JSON text.</summary>
    public static string ToJson(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buf = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buf.ResetWrittenCount();
        var w = bufferWriter;
        if (w is null) bufferWriter = w = new Utf8JsonWriter(buf, Options);
        else w.Reset(buf);
        try
        {
            Write(w, result);
            return Encoding.UTF8.GetString(buf.WrittenSpan);
        }
        finally
        {
            if (buf.Capacity > MaxRetainedBytes) (buffer, bufferWriter) = (null, null);
        }
    }

    /// <summary>Writes the result object with an existing writer (for embedding in a larger document, e.g. bulk output).</summary>
    public static void Write(Utf8JsonWriter w, AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartObject();
        Rls(w, result.Rls);
        Iron(w, result.Iron);
        Therapy(w, result.Therapy);
        w.WriteStartArray("workup");
        foreach (var item in result.Workup)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("text", item.Text);
            CitationJson.WriteArray(w, item.Citations);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("aggravatingMedications");
        foreach (var m in result.AggravatingMedications)
        {
            w.WriteStartObject();
            w.WriteString("name", m.Name);
            w.WriteString("class", m.Class);
            w.WriteString("generic", m.Generic);
            w.WriteBoolean("augmentation", m.Augmentation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("text", f.Text);
            CitationJson.WriteArray(w, f.Citations);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("undecided");
        foreach (var u in result.Undecided) w.WriteStringValue(u);
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var e in result.Warnings) Warning(w, e);
        w.WriteEndArray();
        // Full bibliographic references once per result rather than on every citation.
        w.WriteStartArray("references");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in result.Findings) References(w, f.Citations, seen);
        foreach (var x in result.Workup) References(w, x.Citations, seen);
        w.WriteEndArray();
        w.WriteString("assessedOn", result.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("ruleSet", result.RuleSet);
        w.WriteEndObject();
        w.Flush();
    }

    private static void Rls(Utf8JsonWriter w, RlsAssessment r)
    {
        w.WriteStartObject("rls");
        w.WriteString("status", ContractNames.Of(r.Status));
        w.WriteStartArray("criteria");
        foreach (var c in r.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            Bool(w, "met", c.Met);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        String(w, "course", r.Course is { } course ? ContractNames.Of(course) : null);
        Number(w, "irlsTotal", r.IrlsTotal);
        String(w, "irlsSeverity", r.IrlsSeverity is { } s ? ContractNames.Of(s) : null);
        Bool(w, "clinicallySignificant", r.ClinicallySignificant);
        w.WriteStartArray("irlsItems");
        foreach (var i in r.IrlsItems)
        {
            w.WriteStartObject();
            w.WriteNumber("item", i.Item);
            w.WriteString("label", i.Label);
            w.WriteNumber("score", i.Score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("mimicHints");
        foreach (var m in r.MimicHints) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Iron(Utf8JsonWriter w, IronAssessment i)
    {
        w.WriteStartObject("iron");
        Bool(w, "anemia", i.Anemia);
        Number(w, "hemoglobinThresholdGPerL", i.HemoglobinThresholdGPerL);
        w.WriteString("ironDeficiency", ContractNames.Of(i.IronDeficiency));
        Number(w, "ferritinUgPerL", i.FerritinUgPerL);
        Number(w, "tsatPercent", i.TsatPercent);
        Bool(w, "inflammation", i.Inflammation);
        String(w, "anemiaSeverity", i.AnemiaSeverity is { } s ? ContractNames.Of(s) : null);
        Number(w, "hemoglobinGPerL", i.HemoglobinGPerL);
        Number(w, "adjustedHemoglobinGPerL", i.AdjustedHemoglobinGPerL);
        Number(w, "hemoglobinAdjustmentGPerL", i.HemoglobinAdjustmentGPerL);
        Number(w, "ferritinThresholdUgPerL", i.FerritinThresholdUgPerL);
        String(w, "tsatSource", i.TsatSource);
        Bool(w, "ironOverloadRisk", i.IronOverloadRisk);
        Number(w, "crpMgPerL", i.CrpMgPerL);
        Number(w, "mcvFl", i.McvFl);
        Bool(w, "microcytosis", i.Microcytosis);
        w.WriteEndObject();
    }

    private static void Therapy(Utf8JsonWriter w, TherapyAssessment t)
    {
        w.WriteStartObject("therapy");
        w.WriteString("recommendation", ContractNames.Of(t.Recommendation));
        w.WriteString("details", t.Details);
        Number(w, "recheckAfterWeeks", t.RecheckAfterWeeks);
        if (t.IronDeficit is { } d)
        {
            w.WriteStartObject("ironDeficit");
            w.WriteNumber("totalMg", d.TotalMg);
            w.WriteNumber("targetHemoglobinGPerL", d.TargetHemoglobinGPerL);
            w.WriteNumber("storesMg", d.StoresMg);
            w.WriteEndObject();
        }
        else w.WriteNull("ironDeficit");
        w.WriteStartArray("cautions");
        foreach (var c in t.Cautions) w.WriteStringValue(c);
        w.WriteEndArray();
        String(w, "drawConditions", t.DrawConditions);
        w.WriteEndObject();
    }


    private static void References(Utf8JsonWriter w, IReadOnlyList<Citation> citations, HashSet<string> seen)
    {
        foreach (var c in citations)
        {
            if (c.Reference is null || !seen.Add(c.Source)) continue;
            w.WriteStartObject();
            w.WriteString("source", c.Source);
            w.WriteString("reference", c.Reference);
            w.WriteEndObject();
        }
    }

    private static void Warning(Utf8JsonWriter w, InputError e)
    {
        w.WriteStartObject();
        w.WriteString("code", e.Code);
        w.WriteString("message", e.ToString());
        String(w, "location", e.Location);
        w.WriteEndObject();
    }

    private static void Bool(Utf8JsonWriter w, string name, bool? v)
    {
        if (v is { } b) w.WriteBoolean(name, b);
        else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } d) w.WriteNumber(name, d);
        else w.WriteNull(name);
    }

    private static void String(Utf8JsonWriter w, string name, string? v)
    {
        if (v is not null) w.WriteString(name, v);
        else w.WriteNull(name);
    }
}
