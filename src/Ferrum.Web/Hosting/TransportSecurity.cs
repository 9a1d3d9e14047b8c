using System.Net;
using Ferrum.Core.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace Ferrum.Web.Hosting;

/// <summary>
/// TLS for non-loopback bindings. Ferrum refuses to start on a non-loopback address unless every such address is
/// <c>https://</c> with a server certificate in Kestrel's configuration, or a TLS-terminating proxy is declared
/// (<c>--behind-tls-proxy</c> with its addresses in <c>Ferrum:Tls:KnownProxies</c>). Then it sends HSTS, redirects
/// plain HTTP to HTTPS, marks every cookie Secure, and (behind a proxy) believes forwarded headers from that proxy only.
/// </summary>
internal sealed class TransportSecurity
{
    private TransportSecurity(bool exposed, TlsOptions options, IReadOnlyList<IPAddress> proxies)
    {
        Exposed = exposed;
        Options = options;
        Proxies = proxies;
    }

    /// <summary>True when some address is not loopback: TLS rules apply.</summary>
    public bool Exposed { get; }

    public TlsOptions Options { get; }

    public IReadOnlyList<IPAddress> Proxies { get; }

    /// <summary>Checks the bindings against the TLS settings; throws an <see cref="InputErrorException"/> naming what is missing.</summary>
    public static TransportSecurity Check(IReadOnlyList<string> urls, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(TlsOptions.Section).Get<TlsOptions>() ?? new TlsOptions();
        var open = urls.Where(u => !BindingGuard.IsLoopback(u)).ToList();
        if (open.Count == 0) return new TransportSecurity(false, options, []);
        if (options.BehindProxy) return new TransportSecurity(true, options, ParseProxies(options.KnownProxies));
        var plain = open.FirstOrDefault(u => !u.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (plain is not null) throw Refused(plain, "refusing to serve on a non-loopback address over plain HTTP");
        if (!HasCertificate(configuration))
            throw Refused(open[0], "refusing to serve HTTPS on a non-loopback address without a server certificate");
        return new TransportSecurity(true, options, []);
    }

    /// <summary>Kestrel's default certificate (file or certificate store), or one on every configured endpoint.</summary>
    private static bool HasCertificate(IConfiguration configuration)
    {
        var d = configuration.GetSection("Kestrel:Certificates:Default");
        if (!string.IsNullOrEmpty(d["Path"]) || !string.IsNullOrEmpty(d["Subject"])) return true;
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().ToList();
        return endpoints.Count > 0 && endpoints.All(e => !string.IsNullOrEmpty(e["Certificate:Path"]) || !string.IsNullOrEmpty(e["Certificate:Subject"]));
    }

    private static List<IPAddress> ParseProxies(List<string> given)
    {
        if (given.Count == 0)
            throw new InputErrorException(new InputError("serve.proxy-unknown", "--behind-tls-proxy needs the addresses of the proxy whose forwarded headers Ferrum may believe")
            {
                Field = "Ferrum:Tls:KnownProxies",
                Accepted = "one or more IP addresses, e.g. Ferrum__Tls__KnownProxies__0=10.0.0.5 (see docs/security.md)",
            });
        var list = new List<IPAddress>();
        foreach (var text in given)
        {
            if (!IPAddress.TryParse(text.Trim(), out var ip))
                throw new InputErrorException(new InputError("serve.proxy-address", "a known proxy is not an IP address")
                    { Field = "Ferrum:Tls:KnownProxies", Value = text, Accepted = "IPv4 or IPv6 addresses" });
            list.Add(ip);
        }
        return list;
    }

    private static InputErrorException Refused(string url, string message) => new(new InputError("serve.no-tls", message)
    {
        Field = "--urls",
        Value = url,
        Accepted = "https://ADDRESS:PORT with a certificate (Kestrel__Certificates__Default__Path and __Password), "
            + "or " + TlsOptions.BehindProxySwitch + " (Ferrum__Tls__BehindProxy=true) with Ferrum__Tls__KnownProxies__0=PROXY_IP "
            + "when a TLS-terminating proxy forwards to Ferrum, or a loopback address (see docs/security.md)",
    });

    /// <summary>Secure-only cookies, forwarded headers of the known proxy, HSTS and HTTPS redirection; nothing on loopback.</summary>
    public void AddServices(IServiceCollection services)
    {
        if (!Exposed) return;
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.PostConfigure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        services.AddHttpsRedirection(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            // Behind a proxy Kestrel has no HTTPS port of its own; browsers reach the proxy on 443.
            if (Options.BehindProxy) o.HttpsPort = 443;
        });
        if (Options.BehindProxy)
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
                foreach (var ip in Proxies) o.KnownProxies.Add(ip);
            });
    }

    /// <summary>Runs first in the pipeline, so every later step sees the client's scheme and address.</summary>
    public void UseMiddleware(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!Exposed) return;
        if (Options.BehindProxy) app.UseForwardedHeaders();
        app.UseHsts();
        app.UseHttpsRedirection();
    }

    /// <summary>Removes <c>--behind-tls-proxy</c> from <paramref name="args"/>, returning whether it was there.</summary>
    public static (string[] Remaining, bool BehindProxy) TakeSwitch(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Where(a => a != TlsOptions.BehindProxySwitch).ToArray();
        return (rest, rest.Length != args.Length);
    }
}
