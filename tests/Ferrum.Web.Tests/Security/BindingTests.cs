using Ferrum.Core.Errors;
using Ferrum.Web.Hosting;

namespace Ferrum.Web.Tests.Security;

public sealed class BindingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5180", true)]
    [InlineData("http://127.8.9.10:80", true)]
    [InlineData("http://localhost:5180", true)]
    [InlineData("http://[::1]:5180", true)]
    [InlineData("http://0.0.0.0:5180", false)]
    [InlineData("http://*:5180", false)]
    [InlineData("http://+:5180", false)]
    [InlineData("http://192.168.1.20:5180", false)]
    [InlineData("http://[::]:5180", false)]
    [InlineData("http://clinic.example:5180", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) =>
        Assert.Equal(loopback, BindingGuard.IsLoopback(url));

    [Fact]
    public void Non_loopback_binding_without_accounts_refuses_to_start_naming_the_address()
    {
        var ex = Assert.Throws<InputErrorException>(() => FerrumWebHost.Build([], new FerrumWebOptions
        {
            Urls = ["http://127.0.0.1:5181", "http://0.0.0.0:5180"],
            Database = "sqlite:" + Path.Combine(Path.GetTempPath(), "never-created.db"),
        }));
        Assert.Equal("serve.unsafe-binding", ex.Error.Code);
        Assert.Equal("http://0.0.0.0:5180", ex.Error.Value);
        Assert.Equal("--urls", ex.Error.Field);
    }

    [Fact]
    public async Task Non_loopback_binding_with_accounts_enabled_and_a_tls_proxy_builds()
    {
        await using var app = FerrumWebHost.Build([], new FerrumWebOptions
        {
            Urls = ["http://0.0.0.0:5180"],
            Database = "sqlite:" + Path.Combine(Path.GetTempPath(), "never-created.db"),
            BehindTlsProxy = true,
        }, b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ferrum:Auth:Enabled"] = "true", ["Ferrum:Tls:KnownProxies:0"] = "10.0.0.5" }));
        Assert.NotNull(app);
    }

    [Fact]
    public void Urls_from_configuration_are_checked_too()
    {
        var ex = Assert.Throws<InputErrorException>(() => FerrumWebHost.Build(["--urls", "http://*:8080"], new FerrumWebOptions
        {
            Database = "sqlite:" + Path.Combine(Path.GetTempPath(), "never-created.db"),
        }));
        Assert.Equal("http://*:8080", ex.Error.Value);
    }
}
