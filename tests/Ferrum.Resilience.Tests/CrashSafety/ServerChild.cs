using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>The real <c>ferrum serve</c> as a child process on a free loopback port with a SQLite database file.</summary>
internal sealed class ServerChild : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerChild(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public Uri BaseAddress { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the server and waits until <c>/health</c> answers (the database is migrated by then).</summary>
    public static async Task<ServerChild> StartAsync(string dbFile, TimeSpan patience)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "ferrum.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--db", "sqlite:" + dbFile })
            psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var server = new ServerChild(new Process { StartInfo = psi }, new Uri($"http://127.0.0.1:{port}/"));
        server._process.OutputDataReceived += (_, e) => { if (e.Data is not null) server._output.Enqueue(e.Data); };
        server._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) server._output.Enqueue(e.Data); };
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if (server._process.HasExited) break;
            try
            {
                using var r = await http.GetAsync(new Uri("health", UriKind.Relative));
                if (r.IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy machine: try again
            }
            await Task.Delay(200);
        }
        server.Dispose();
        throw new InvalidOperationException($"ferrum serve did not come up on port {port}: {server.Output}");
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no graceful shutdown, no flush, no finally blocks.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
