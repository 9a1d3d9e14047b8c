namespace Ferrum.Web.Hosting;

/// <summary>Settings a front door (the <c>ferrum serve</c> command, tests) passes to <see cref="FerrumWebHost"/>; null means "from configuration".</summary>
public sealed class FerrumWebOptions
{
    /// <summary>Addresses to listen on, e.g. <c>http://127.0.0.1:5180</c>.</summary>
    public IReadOnlyList<string>? Urls { get; init; }

    /// <summary>The database as <c>sqlite:PATH</c> or <c>postgres:CONNSTRING</c>.</summary>
    public string? Database { get; init; }

    /// <summary>A TLS-terminating proxy forwards to Ferrum (<c>--behind-tls-proxy</c>); its addresses go in <c>Ferrum:Tls:KnownProxies</c>.</summary>
    public bool BehindTlsProxy { get; init; }

    /// <summary>The hosting environment name (Production unless set).</summary>
    public string? EnvironmentName { get; init; }
}
