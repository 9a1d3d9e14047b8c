using System.Collections.Concurrent;
using System.Text;
using Ferrum.Core.Errors;
using Ferrum.Storage.Studies;
using Ferrum.Study.Reports;

namespace Ferrum.Web.Studies;

/// <summary>
/// Runs study analyses in the background: the run row is created first (status running), progress messages
/// are kept in memory for the pages and the API, and the result files are stored when the run ends.
/// </summary>
internal sealed partial class StudyJobs(IServiceScopeFactory scopes, ILogger<StudyJobs> logger)
{
    private readonly ConcurrentDictionary<Guid, string> _progress = new();
    private readonly ConcurrentDictionary<Guid, Task> _running = new();

    /// <summary>The latest progress message of a running run, or null.</summary>
    public string? Progress(Guid id) => _progress.GetValueOrDefault(id);

    /// <summary>Completes when the run has finished and been stored (for tests and graceful shutdown).</summary>
    public Task WhenFinished(Guid id) => _running.GetValueOrDefault(id) ?? Task.CompletedTask;

    public async Task<StudyRunView> StartAsync(string name, string kind, string specText, string actor, Func<IProgress<string>, IReadOnlyList<ReportFile>> work)
    {
        StudyRunView run;
        await using (var scope = scopes.CreateAsyncScope())
            run = await scope.ServiceProvider.GetRequiredService<StudyRunRepository>().StartAsync(name, kind, specText, actor, default);
        _progress[run.Id] = "queued";
        _running[run.Id] = Task.Run(() => ExecuteAsync(run.Id, work));
        return run;
    }

    private async Task ExecuteAsync(Guid id, Func<IProgress<string>, IReadOnlyList<ReportFile>> work)
    {
        IReadOnlyList<ReportFile> files = [];
        string? error = null;
        try
        {
            files = work(new ProgressSink(this, id));
        }
        catch (InputErrorException ex)
        {
            error = string.Join(Environment.NewLine, ex.Errors);
        }
#pragma warning disable CA1031 // A failed run is recorded as failed; the message stays out of the logs.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex.GetType().Name, ex.StackTrace);
            error = "internal error: " + ex.GetType().Name;
        }
        var results = files.FirstOrDefault(f => f.Path == "results.json") is { } r ? Encoding.UTF8.GetString(r.Content) : null;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StudyRunRepository>()
            .FinishAsync(id, results, error, default, [.. files.Select(f => (f.Path, f.Content))]);
        _progress.TryRemove(id, out _);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Study run failed with {ExceptionType} at {StackTrace}")]
    private static partial void LogFailed(ILogger logger, string exceptionType, string? stackTrace);

    private sealed class ProgressSink(StudyJobs jobs, Guid id) : IProgress<string>
    {
        public void Report(string value) => jobs._progress[id] = value;
    }
}
