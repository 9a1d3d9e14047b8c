using System.Collections.Concurrent;
using System.Text.Json;

using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Tests;

/// <summary>Golden files laid out as <c>{"cases": [{"name": ..., ...}]}</c>, loaded once and looked up by case name.</summary>
internal static class GoldenCases
{
    private static readonly ConcurrentDictionary<string, JsonDocument> Cache = new();

    public static JsonElement Root(string file) => Cache.GetOrAdd(file, Golden.Load).RootElement;

    public static TheoryData<string> Names(string file)
    {
        var data = new TheoryData<string>();
        foreach (var c in Root(file).GetProperty("cases").EnumerateArray()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    public static JsonElement Find(string file, string name) =>
        Root(file).GetProperty("cases").EnumerateArray().First(c => c.GetProperty("name").GetString() == name);

    public static string? Text(this JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
