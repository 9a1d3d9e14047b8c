using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferrum.Web.Tests.Support;

/// <summary>Small HTTP helpers: JSON bodies and problem details.</summary>
internal static class Json
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static async Task<JsonNode> CreatePatientAsync(HttpClient client, string name = "Anna Example", string sex = "female")
    {
        var response = await client.PostAsJsonAsync("/api/patients", new { displayName = name, birthDate = "1981-03-04", sex, medications = new[] { "sertraline" } });
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public static string Sample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "assessment-input.json"));

    public static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;
}
