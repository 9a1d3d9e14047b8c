using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ferrum.Core.Errors;
using Ferrum.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;

namespace Ferrum.Web.Tests.Security;

/// <summary>
/// A non-loopback binding needs TLS: HTTPS with a certificate, or a declared TLS-terminating proxy whose forwarded
/// headers alone are believed. Then responses carry HSTS, plain HTTP is redirected, and cookies are Secure.
/// (127.0.0.2 is loopback for the guard, as all of 127.0.0.0/8 is, so these tests use 0.0.0.0.)
/// </summary>
public sealed class TlsTests
{
    private static readonly string NoDb = "sqlite:" + Path.Combine(Path.GetTempPath(), "never-created.db");

    private static Action<WebApplicationBuilder> Config(params (string Key, string Value)[] pairs) => b =>
        b.Configuration.AddInMemoryCollection(pairs.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)).Append(KeyValuePair.Create("Ferrum:Auth:Enabled", (string?)"true")));

    [Theory]
    [InlineData("http://0.0.0.0:5180", "serve.no-tls", "plain HTTP")]
    [InlineData("https://0.0.0.0:5443", "serve.no-tls", "without a server certificate")]
    [InlineData("http://[::]:5180", "serve.no-tls", "plain HTTP")]
    public void Non_loopback_binding_without_tls_refuses_to_start_naming_the_address_and_the_fix(string url, string code, string message)
    {
        var ex = Assert.Throws<InputErrorException>(() => FerrumWebHost.Build([], new FerrumWebOptions { Urls = [url], Database = NoDb }, Config()));
        Assert.Equal((code, url, "--urls"), (ex.Error.Code, ex.Error.Value, ex.Error.Field));
        Assert.Contains(message, ex.Error.Message, StringComparison.Ordinal);
        Assert.Contains("--behind-tls-proxy", ex.Error.Accepted, StringComparison.Ordinal);
        Assert.Contains("Kestrel__Certificates__Default__Path", ex.Error.Accepted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "serve.proxy-unknown")]
    [InlineData("proxy.example", "serve.proxy-address")]
    public void Behind_tls_proxy_needs_the_proxys_ip_addresses(string? proxy, string code)
    {
        var config = proxy is null ? Config() : Config(("Ferrum:Tls:KnownProxies:0", proxy));
        var ex = Assert.Throws<InputErrorException>(() => FerrumWebHost.Build(["--behind-tls-proxy"], new FerrumWebOptions { Urls = ["http://0.0.0.0:5180"], Database = NoDb }, config));
        Assert.Equal((code, "Ferrum:Tls:KnownProxies"), (ex.Error.Code, ex.Error.Field));
    }

    [Fact]
    public async Task The_web_program_exits_2_with_the_reason_on_stderr()
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Ferrum.Web.exe" : "Ferrum.Web");
        var start = new ProcessStartInfo(exe, ["--urls", "http://0.0.0.0:5999"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["Ferrum__Auth__Enabled"] = "true";
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("error: field '--urls': refusing to serve on a non-loopback address over plain HTTP (got 'http://0.0.0.0:5999')", stderr, StringComparison.Ordinal);
        Assert.Contains("[serve.no-tls]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_certificate_it_serves_https_on_all_addresses_with_hsts_and_secure_cookies()
    {
        using var cert = SelfSigned();
        var pfx = Path.Combine(Path.GetTempPath(), "ferrum-tls-" + Guid.NewGuid().ToString("N") + ".pfx");
        await File.WriteAllBytesAsync(pfx, cert.Export(X509ContentType.Pfx, "test-pass"));
        var db = Path.Combine(Path.GetTempPath(), "ferrum-tls-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using var app = FerrumWebHost.Build([], new FerrumWebOptions { Urls = ["https://0.0.0.0:0"], Database = "sqlite:" + db },
                Config(("Kestrel:Certificates:Default:Path", pfx), ("Kestrel:Certificates:Default:Password", "test-pass"),
                    ("Ferrum:Auth:AdminEmail", "admin@clinic.example"), ("Ferrum:Auth:AdminPassword", "correct horse battery 1")));
            await FerrumWebHost.PrepareAsync(app);
            await app.StartAsync();
            var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == cert.Thumbprint };
            using var client = new HttpClient(handler);
            var request = new HttpRequestMessage(HttpMethod.Get, $"https://127.0.0.1:{port}/account/login");
            // HSTS is never sent for localhost or loopback host names; a clinic reaches the server by its name.
            request.Headers.Host = "ferrum.clinic.example";
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
            Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { pfx, db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    [Fact]
    public async Task Behind_a_tls_proxy_only_the_known_proxys_forwarded_scheme_is_believed()
    {
        var db = Path.Combine(Path.GetTempPath(), "ferrum-proxy-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using var app = FerrumWebHost.Build(["--behind-tls-proxy"], new FerrumWebOptions { Urls = ["http://0.0.0.0:5180"], Database = "sqlite:" + db }, b =>
            {
                Config(("Ferrum:Tls:KnownProxies:0", "10.0.0.5"), ("Ferrum:Auth:AdminEmail", "admin@clinic.example"), ("Ferrum:Auth:AdminPassword", "correct horse battery 1"))(b);
                b.WebHost.UseTestServer();
            });
            await FerrumWebHost.PrepareAsync(app);
            await app.StartAsync();
            var server = app.GetTestServer();

            var viaProxy = await SendAsync(server, "10.0.0.5", "https");
            Assert.Equal(StatusCodes.Status200OK, viaProxy.Response.StatusCode);
            Assert.True(viaProxy.Response.Headers.ContainsKey("Strict-Transport-Security"));
            Assert.All(viaProxy.Response.Headers.SetCookie, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
            Assert.True(viaProxy.Response.Headers.SetCookie.Count > 0, "no cookie was set");

            foreach (var (from, proto) in new[] { ("10.0.0.5", "http"), ("10.0.0.9", "https") })
            {
                var redirected = await SendAsync(server, from, proto);
                Assert.Equal(StatusCodes.Status308PermanentRedirect, redirected.Response.StatusCode);
                Assert.Equal("https://ferrum.clinic.example/account/login", redirected.Response.Headers.Location.ToString());
            }
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    private static Task<HttpContext> SendAsync(TestServer server, string from, string forwardedProto) => server.SendAsync(c =>
    {
        c.Request.Method = "GET";
        c.Request.Scheme = "http";
        c.Request.Host = new HostString("ferrum.clinic.example");
        c.Request.Path = "/account/login";
        c.Connection.RemoteIpAddress = IPAddress.Parse(from);
        c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        c.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
    });

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ferrum.clinic.example", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("ferrum.clinic.example");
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
    }
}
