using System.Globalization;
using System.Text.Json;
using Ferrum.Core.Errors;

namespace Ferrum.Clinical.Json;

/// <summary>Typed access to the members of one JSON object, recording errors with their JSON path.</summary>
internal sealed class JsonFields(JsonElement obj, string path, List<InputError> errors, List<InputError> warnings, IReadOnlySet<string> known)
{
    public string Path => path;

    public void WarnUnknown()
    {
        foreach (var p in obj.EnumerateObject())
            if (!known.Contains(p.Name))
                warnings.Add(new InputError("field.unknown", "unknown field is ignored")
                { Location = path + "." + p.Name, Field = p.Name, Accepted = string.Join(", ", known.Order(StringComparer.Ordinal)) });
    }

    public bool TryGet(string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public bool? Bool(string name)
    {
        if (!TryGet(name, out var v)) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Error(name, v, "field.type", "must be true, false or null", "true, false or null");
        return null;
    }

    public double? Number(string name, double min, double max, string unit)
    {
        if (!TryGet(name, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            Error(name, v, "field.type", "must be a JSON number", Range(min, max, unit));
            return null;
        }
        if (d < min || d > max)
        {
            Error(name, v, "value.out-of-range", "is out of range", Range(min, max, unit));
            return null;
        }
        return d;
    }

    public int? Integer(string name, int min, int max, string unit)
    {
        var d = Number(name, min, max, unit);
        if (d is null) return null;
        if (d != Math.Floor(d.Value))
        {
            Error(name, obj.GetProperty(name), "field.type", "must be a whole number", Range(min, max, unit));
            return null;
        }
        return (int)d.Value;
    }

    public string? Text(string name)
    {
        if (!TryGet(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        Error(name, v, "field.type", "must be a string", "a JSON string");
        return null;
    }

    public void Required(string name, string accepted)
    {
        if (!TryGet(name, out _))
            errors.Add(new InputError("field.required", "is required") { Location = path + "." + name, Field = name, Accepted = accepted });
    }

    public void Error(string name, JsonElement value, string code, string message, string accepted) =>
        errors.Add(new InputError(code, $"{name} {message}") { Location = path + "." + name, Field = name, Value = Raw(value), Accepted = accepted });

    public static string Raw(JsonElement v)
    {
        var raw = v.GetRawText();
        return raw.Length > 60 ? raw[..57] + "..." : raw;
    }

    private static string Range(double min, double max, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{min} to {max} {unit}").TrimEnd();
}
