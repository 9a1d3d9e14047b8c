using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ferrum.Cli.Tests.Support;

namespace Ferrum.Cli.Tests;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--urls", "http://0.0.0.0:5180", "serve.unsafe-binding")]
    [InlineData("--db", "mysql:Server=x", "db.invalid")]
    public void Serve_refuses_bad_settings_with_exit_2_naming_the_option(string option, string value, string code)
    {
        string[] args = option == "--db" ? ["serve", option, value] : ["serve", option, value, "--db", "sqlite:" + Path.Combine(Path.GetTempPath(), "ferrum-never.db")];
        var run = FerrumProcess.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'" + option + "'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(code, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_starts_on_loopback_with_a_fresh_sqlite_database_and_answers()
    {
        var port = FreePort();
        var dir = Path.Combine(Path.GetTempPath(), "ferrum-serve-" + Guid.NewGuid().ToString("N"));
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "ferrum.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--db", "sqlite:" + Path.Combine(dir, "f.db") })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpResponseMessage? health = null;
            for (var i = 0; i < 120 && health is null; i++)
            {
                try { health = await http.GetAsync("/health"); }
                catch (HttpRequestException) { await Task.Delay(250); }
            }
            Assert.NotNull(health);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/patients")).StatusCode);
            Assert.True(File.Exists(Path.Combine(dir, "f.db")));
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
