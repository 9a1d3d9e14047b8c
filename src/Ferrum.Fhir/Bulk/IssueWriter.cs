using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ferrum.Fhir.Input;

namespace Ferrum.Fhir.Bulk;

/// <summary>Writes mapping issues as the lines of <c>errors.ndjson</c>: file, line, resource type and id, patient, code, message.</summary>
internal sealed class IssueWriter(IBufferWriter<byte> target)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly Utf8JsonWriter _w = new(target, Options);

    /// <summary>Appends one line for <paramref name="issue"/> of patient <paramref name="patientId"/> (null when it belongs to none).</summary>
    public void Write(MappingIssue issue, string? patientId)
    {
        _w.Reset(target);
        _w.WriteStartObject();
        if (issue.File is { } file) _w.WriteString("file", file);
        else _w.WriteNull("file");
        if (issue.Line is { } line) _w.WriteNumber("line", line);
        else _w.WriteNull("line");
        _w.WriteString("resourceType", issue.ResourceType);
        _w.WriteString("resourceId", issue.ResourceId);
        if (patientId is null) _w.WriteNull("patientId");
        else _w.WriteString("patientId", patientId);
        _w.WriteString("code", issue.Code);
        _w.WriteString("message", issue.Message);
        _w.WriteEndObject();
        _w.Flush();
        target.Write("\n"u8);
    }
}
