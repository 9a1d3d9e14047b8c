using Ferrum.Core.Errors;
using SharpFuzz;

namespace Ferrum.Fuzz;

/// <summary>
/// AFL++ harness (SharpFuzz): one parser per target, run in AFL persistent mode (<see cref="Fuzzer.Run(Action{Stream})"/>:
/// one .NET process serves thousands of inputs, no fork or JIT per input). A parser may reject input only with
/// <see cref="InputErrorException"/> (or a failed read result); any other exception is a crash AFL++ keeps.
/// <c>FUZZ_OUT_OF_PROCESS=1</c> uses <see cref="Fuzzer.OutOfProcess"/> instead (a child process that survives
/// stack overflows, slower). Without afl-fuzz, <c>Ferrum.Fuzz TARGET FILE...</c> replays inputs and reports each.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 1 || !Targets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: Ferrum.Fuzz TARGET [REPLAY-FILE...]   (" + string.Join(", ", Targets.All.Keys) + ")");
            return 2;
        }
        if (args.Length > 1) return Replay(target, args[1..]);
        Action<Stream> once = stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            try
            {
                target(buffer.ToArray());
            }
            catch (InputErrorException)
            {
                // The documented way to reject bad input.
            }
        };
        if (Environment.GetEnvironmentVariable("FUZZ_OUT_OF_PROCESS") == "1") Fuzzer.OutOfProcess.Run(once);
        else Fuzzer.Run(once);
        return 0;
    }

    /// <summary>Runs saved inputs (AFL crashes, hangs) outside AFL: prints "ok", "rejected" or the exception per file.</summary>
    private static int Replay(Action<byte[]> target, string[] files)
    {
        var failed = 0;
        foreach (var f in files)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            string outcome;
            try
            {
                target(File.ReadAllBytes(f));
                outcome = "ok";
            }
            catch (InputErrorException ex)
            {
                outcome = "rejected: " + ex.Message.ReplaceLineEndings(" ");
            }
            catch (Exception ex)
            {
                failed++;
                outcome = "CRASH " + ex;
            }
            Console.WriteLine($"{f}: {watch.ElapsedMilliseconds} ms: {outcome}");
        }
        return failed == 0 ? 0 : 1;
    }
}
