using System.Text.Json;
using Ferrum.Core.Errors;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Ferrum.Fhir.Input;

/// <summary>Parses and writes FHIR R4 JSON with the Firely SDK.</summary>
public static class FhirJson
{
    private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions().ForFhir();
    private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions().ForFhir().Pretty();

    /// <summary>Writes <paramref name="resource"/> as FHIR JSON.</summary>
    public static string Serialize(Resource resource, bool pretty = false) => JsonSerializer.Serialize(resource, pretty ? Indented : Compact);

    /// <summary>
    /// Parses one resource. Content errors (an unknown element, a bad code) do not throw: the partial resource is
    /// returned with one <see cref="MappingIssue"/> per error. JSON that is not a resource at all throws
    /// <see cref="InputErrorException"/> naming <paramref name="file"/>.
    /// </summary>
    public static (Resource Resource, IReadOnlyList<MappingIssue> Issues) Parse(string json, string? file = null)
    {
        var deserializer = new FhirJsonDeserializer();
        try
        {
            using (var doc = JsonDocument.Parse(json))
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("resourceType", out var rt) || rt.ValueKind != JsonValueKind.String)
                    throw Invalid(file, "the JSON has no resourceType, so it is not a FHIR resource", null);
                // Firely's deserializer throws IndexOutOfRangeException on an empty property name (found by fuzzing).
                if (EmptyName(doc.RootElement, "$") is { } at)
                    throw new InputErrorException(new InputError("fhir.invalid-json", "an element has an empty name") { File = file, Location = at, Accepted = "FHIR element names" });
            }
            if (deserializer.TryDeserializeResource(json, out var resource, out var errors) && resource is not null) return (resource, []);
            if (resource is null) throw Invalid(file, "the JSON is not a FHIR resource", errors.FirstOrDefault()?.Message);
            var type = resource.TypeName;
            var id = resource.Id ?? "(no id)";
            return (resource, errors.Select(e => new MappingIssue(type, id, "fhir.content", e.Message)).ToList());
        }
        catch (JsonException ex)
        {
            throw Invalid(file, "the file is not valid JSON", ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IndexOutOfRangeException or ArgumentException or FormatException
                                   && ex.TargetSite?.DeclaringType?.Namespace?.StartsWith("Hl7.Fhir", StringComparison.Ordinal) == true)
        {
            // Firely's deserializer throws these on JSON it cannot map (found by fuzzing, e.g. a property name where a
            // primitive or object is expected); they are bad input, not a Ferrum fault.
            throw Invalid(file, "the JSON could not be read as FHIR", ex.Message);
        }
    }

    /// <summary>The JSON path of the first property with an empty name, or null (JsonDocument's depth limit of 64 bounds the walk).</summary>
    private static string? EmptyName(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name.Length == 0) return path + "[\"\"]";
                if (EmptyName(p.Value, path + "." + p.Name) is { } found) return found;
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in e.EnumerateArray())
                if (EmptyName(item, $"{path}[{i++}]") is { } found) return found;
        }
        return null;
    }

    private static InputErrorException Invalid(string? file, string message, string? detail) =>
        new(new InputError("fhir.invalid-json", detail is null ? message : $"{message}: {detail}")
        {
            File = file,
            Location = "$",
            Accepted = "a FHIR R4 resource or Bundle in JSON",
        });
}
