namespace Ferrum.Web.Hosting;

/// <summary>Configuration section <c>Ferrum:Tls</c>: how Ferrum is reached over TLS when it listens on a non-loopback address.</summary>
internal sealed class TlsOptions
{
    public const string Section = "Ferrum:Tls";

    /// <summary>The command-line switch that sets <see cref="BehindProxy"/>.</summary>
    public const string BehindProxySwitch = "--behind-tls-proxy";

    /// <summary>A TLS-terminating reverse proxy forwards plain HTTP to Ferrum (switch <c>--behind-tls-proxy</c>).</summary>
    public bool BehindProxy { get; set; }

    /// <summary>IP addresses of that proxy; only their <c>X-Forwarded-For/Proto</c> headers are believed. Required with <see cref="BehindProxy"/>.</summary>
    public List<string> KnownProxies { get; set; } = [];
}
