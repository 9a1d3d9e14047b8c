using Ferrum.Core.Errors;
using Ferrum.Web.Hosting;

namespace Ferrum.Web;

/// <summary>Entry point of <c>dotnet run --project src/Ferrum.Web</c>: the same host as <c>ferrum serve</c>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        try
        {
            await using var app = FerrumWebHost.Build(args);
            await FerrumWebHost.RunAsync(app);
            return 0;
        }
        catch (InputErrorException ex)
        {
            foreach (var e in ex.Errors) await Console.Error.WriteLineAsync("error: " + e);
            return 2;
        }
    }
}
