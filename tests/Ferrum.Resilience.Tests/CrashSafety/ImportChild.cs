using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>
/// One run of the real <c>ferrum labs import</c> as a child process, its stdout read line by line so the
/// test knows which batches were acknowledged before it killed the process.
/// </summary>
internal sealed partial class ImportChild : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _acks;

    private ImportChild(Process process) => _process = process;

    public static ImportChild Start(string csv, string db, int batchSize)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "ferrum.dll"), "labs", "import", csv, "--db", db,
                     "--batch-size", batchSize.ToString(CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var child = new ImportChild(new Process { StartInfo = psi });
        child._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            child._lines.Enqueue(e.Data);
            if (e.Data.StartsWith("ack ", StringComparison.Ordinal)) Interlocked.Increment(ref child._acks);
            if (e.Data.StartsWith("start ", StringComparison.Ordinal)) child._started.TrySetResult();
        };
        child._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) child._errors.Enqueue(e.Data); };
        child._process.Exited += (_, _) => child._started.TrySetResult();
        child._process.EnableRaisingEvents = true;
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Completes when the child has opened the database and begins writing (or has exited).</summary>
    public Task Started => _started.Task;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Completes once this run has acknowledged <paramref name="count"/> batches, or has exited. Killing relative to
    /// the child's own progress (not to wall-clock time) makes every kill land inside a running import on a fast
    /// idle machine and on a loaded one alike.
    /// </summary>
    public async Task WaitForAcksAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!_process.HasExited && Volatile.Read(ref _acks) < count)
            await Task.Delay(1, cts.Token);
    }

    /// <summary>Sends SIGKILL (what <see cref="Process.Kill()"/> does on Unix): no cleanup, no flush, no finally blocks.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Errors => string.Join('\n', _errors);

    /// <summary>The batch numbers the child acknowledged as committed.</summary>
    public IReadOnlyList<int> AckedBatches =>
        [.. _lines.Select(l => AckLine().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    [GeneratedRegex(@"^ack batch=(\d+) ")]
    private static partial Regex AckLine();
}
