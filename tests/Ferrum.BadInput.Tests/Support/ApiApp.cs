using System.Net.Http.Json;
using System.Text.Json;
using Ferrum.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Ferrum.BadInput.Tests.Support;

/// <summary>The real Ferrum web host in memory on a fresh SQLite file, with one patient for the lab routes.</summary>
public sealed class ApiApp : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), "ferrum-badinput-" + Guid.NewGuid().ToString("N") + ".db");
    private WebApplication? _app;
    private HttpClient? _client;

    public string PatientId { get; private set; } = "";

    public Task<HttpClient> ClientAsync() => Task.FromResult(_client ?? throw new InvalidOperationException("not started"));

    public async Task InitializeAsync()
    {
        _app = FerrumWebHost.Build([], new FerrumWebOptions { Database = "sqlite:" + _db, Urls = ["http://127.0.0.1:5180"] }, b => b.WebHost.UseTestServer());
        await FerrumWebHost.PrepareAsync(_app);
        await _app.StartAsync();
        _client = _app.GetTestClient();
        var created = await _client.PostAsJsonAsync("/api/patients", new { displayName = "Corpus Patient", birthDate = "1981-03-04", sex = "female", medications = Array.Empty<string>() });
        created.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        PatientId = doc.RootElement.GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
