using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ferrum.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's <c>postgresql</c> package: initdb in a temp folder, started on a
/// free loopback port, stopped and deleted on dispose. As root it runs as the <c>postgres</c> system user
/// (postgres refuses to run as root). Tests fail, never skip, when PostgreSQL is missing.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _bin;

    private PostgresCluster(string root, string bin, int port)
    {
        _root = root;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=ferrum;Database={database};Pooling=true;Include Error Detail=true";

    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBin();
        var root = Path.Combine(Path.GetTempPath(), "ferrum-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["postgres:postgres", root], false);
        var data = Path.Combine(root, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "ferrum", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asRoot);
        var port = FreePort();
        var opts = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "log"), "-w", "-t", "60", "-o", opts, "start"], asRoot);
        var cluster = new PostgresCluster(root, bin, port);
        await using var conn = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await conn.OpenAsync();
        return cluster;
    }

    /// <summary>Creates an empty database with a fresh name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], Environment.UserName == "root");
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    private static string FindBin()
    {
        var fromEnv = Environment.GetEnvironmentVariable("FERRUM_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        const string debian = "/usr/lib/postgresql";
        var versions = Directory.Exists(debian)
            ? Directory.GetDirectories(debian).Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).ToList()
            : [];
        if (versions.Count == 0)
            throw new InvalidOperationException("PostgreSQL server not found under /usr/lib/postgresql: run scripts/install-test-deps.sh (Debian package postgresql)");
        return Path.Combine(versions[0], "bin");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static void Run(string file, IReadOnlyList<string> args, bool asPostgres)
    {
        var psi = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file }) psi.ArgumentList.Add(a);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + file);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " did not finish in 90 s");
        }
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({p.ExitCode}): {stderr.Result}{stdout.Result}");
    }
}
