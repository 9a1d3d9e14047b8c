using Ferrum.Core.Errors;

namespace Ferrum.Cli.Infrastructure;

/// <summary>Runs a command body and maps failures to the exit-code contract: 0 ok, 2 bad input, 1 anything else.</summary>
internal static class CliRunner
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>Runs <paramref name="body"/>; user errors print one line each on stderr and return 2, never a stack trace.</summary>
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return await body(ct).ConfigureAwait(false);
        }
        catch (InputErrorException ex)
        {
            foreach (var e in ex.Errors) await stderr.WriteLineAsync($"error: {e}").ConfigureAwait(false);
            return BadInput;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or UnauthorizedAccessException or FileNotFoundException or PathTooLongException)
        {
            // A path the user gave cannot be read or written (missing folder, a folder given as a file, no permission).
            await stderr.WriteLineAsync($"error: {ex.Message} [io.path]").ConfigureAwait(false);
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("cancelled").ConfigureAwait(false);
            return Failure;
        }
#pragma warning disable CA1031 // The front door must never show a stack trace for a user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"internal error: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("FERRUM_DEBUG") == "1") await stderr.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            return Failure;
        }
    }
}
