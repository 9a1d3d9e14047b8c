using Ferrum.Storage.Configuration;
using Ferrum.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Ferrum.Web.Tests.Support;

/// <summary>
/// The real Ferrum host (<see cref="FerrumWebHost.Build"/>) on a fresh database: in memory (TestServer) for API
/// tests, or on Kestrel at a free loopback port for browser tests.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _sqliteFile;

    private TestApp(WebApplication app, string? sqliteFile, CapturedLogs logs, string baseUrl)
    {
        _app = app;
        _sqliteFile = sqliteFile;
        Logs = logs;
        BaseUrl = baseUrl;
    }

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public CapturedLogs Logs { get; }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Starts the app on a fresh database, or on <paramref name="database"/> (<c>postgres:…</c>) to share one between instances.</summary>
    public static async Task<TestApp> StartAsync(string provider, PostgresFixture? pg, bool kestrel = false, IDictionary<string, string?>? config = null, string? database = null)
    {
        string db;
        string? file = null;
        if (database is not null)
        {
            db = database;
        }
        else if (provider == "sqlite")
        {
            file = Path.Combine(Path.GetTempPath(), "ferrum-web-" + Guid.NewGuid().ToString("N") + ".db");
            db = "sqlite:" + file;
        }
        else
        {
            db = "postgres:" + await pg!.Cluster.CreateDatabaseAsync();
        }
        var logs = new CapturedLogs();
        var app = FerrumWebHost.Build([], new FerrumWebOptions
        {
            Database = db,
            Urls = kestrel ? ["http://127.0.0.1:0"] : ["http://127.0.0.1:5180"],
        }, b =>
        {
            if (config is not null) b.Configuration.AddInMemoryCollection(config);
            b.Logging.AddProvider(logs);
            if (!kestrel) b.WebHost.UseTestServer();
        });
        await FerrumWebHost.PrepareAsync(app);
        await app.StartAsync();
        var baseUrl = kestrel
            ? app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : "http://localhost";
        var t = new TestApp(app, file, logs, baseUrl);
        t.Client = kestrel ? new HttpClient { BaseAddress = new Uri(baseUrl) } : app.GetTestClient();
        return t;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}
