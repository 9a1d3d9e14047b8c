using System.CommandLine;
using Ferrum.Cli.Infrastructure;
using Ferrum.Web.Hosting;

namespace Ferrum.Cli.Serve;

/// <summary><c>ferrum serve [--urls …] [--db sqlite:PATH | --db postgres:CONNSTRING]</c>: the web app and API.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = "Addresses to listen on (default http://127.0.0.1:5180). Non-loopback addresses need accounts enabled (Ferrum__Auth__Enabled=true) and TLS: https:// with a certificate, or --behind-tls-proxy.",
            AllowMultipleArgumentsPerToken = true,
        };
        var db = new Option<string>("--db")
        {
            Description = "Database: sqlite:PATH (default: ferrum.db in the user's data folder) or postgres:CONNSTRING.",
        };
        var behindProxy = new Option<bool>("--behind-tls-proxy")
        {
            Description = "A TLS-terminating proxy forwards to Ferrum: allows plain HTTP on a non-loopback address; the proxy's IPs go in Ferrum__Tls__KnownProxies__0, __1, … (docs/security.md).",
        };
        var command = new Command("serve", "Serve the web app (Blazor UI, JSON API under /api, OpenAPI at /openapi/v1.json).");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(behindProxy);
        command.SetAction((parseResult, ct) => CliRunner.RunAsync(async token =>
        {
            var given = parseResult.GetValue(urls);
            var list = given is { Length: > 0 }
                ? given.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
                : null;
            await using var app = FerrumWebHost.Build([], new FerrumWebOptions { Urls = list, Database = parseResult.GetValue(db), BehindTlsProxy = parseResult.GetValue(behindProxy) });
            await FerrumWebHost.RunAsync(app, token);
            return CliRunner.Ok;
        }, Console.Error, ct));
        return command;
    }
}
