using System.Net;
using Ferrum.Core.Errors;

namespace Ferrum.Web.Hosting;

/// <summary>Refuses to serve patient data on a non-loopback address unless sign-in and API keys are switched on.</summary>
internal static class BindingGuard
{
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return false;
        var host = uri.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>Throws an <see cref="InputErrorException"/> naming the first non-loopback address when authentication is off.</summary>
    public static void Check(IEnumerable<string> urls, bool authEnabled)
    {
        if (authEnabled) return;
        var open = urls.FirstOrDefault(u => !IsLoopback(u));
        if (open is null) return;
        throw new InputErrorException(new InputError("serve.unsafe-binding",
            "refusing to serve patient records on a non-loopback address without authentication")
        {
            Field = "--urls",
            Value = open,
            Accepted = "a loopback address (http://127.0.0.1:PORT, http://[::1]:PORT, http://localhost:PORT), "
                + "or enable sign-in and API keys with Ferrum__Auth__Enabled=true and an admin account (see docs/web.md)",
        });
    }
}
