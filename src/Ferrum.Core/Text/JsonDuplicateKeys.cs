using System.Globalization;
using System.Text.Json;

namespace Ferrum.Core.Text;

/// <summary>
/// Finds the first key given twice in one JSON object. System.Text.Json rejects duplicates when asked
/// (<c>AllowDuplicateProperties = false</c>) but does not say where; this names the JSON path, e.g. <c>$.patient.ageYears</c>.
/// </summary>
public static class JsonDuplicateKeys
{
    /// <summary>The JSON path of the first duplicate key in <paramref name="utf8Json"/>, or null when there is none (or the JSON is malformed before one).</summary>
    public static string? FindFirst(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1024 });
        var stack = new Stack<Frame>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString()!;
                        if (!stack.Peek().Names!.Add(property)) return stack.Peek().Path + Member(property);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = ChildPath(stack, property);
                        stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        if (stack.Count > 0 && stack.Peek().Names is null) stack.Peek().Index++;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;   // malformed JSON or invalid UTF-8 in a key: the parser's own error stands
        }
        return null;
    }

    private static string ChildPath(Stack<Frame> stack, string? property)
    {
        if (stack.Count == 0) return "$";
        var parent = stack.Peek();
        if (parent.Names is not null) return parent.Path + Member(property ?? "");
        return parent.Path + "[" + (parent.Index++).ToString(CultureInfo.InvariantCulture) + "]";
    }

    private static string Member(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private sealed class Frame(string path, HashSet<string>? names)
    {
        public string Path { get; } = path;
        public HashSet<string>? Names { get; } = names;
        public int Index { get; set; }
    }
}
