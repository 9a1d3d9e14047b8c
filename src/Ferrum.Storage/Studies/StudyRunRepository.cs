using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Studies;

/// <summary>Study runs: started, then finished with results or an error. Studies hold no patient records.</summary>
internal sealed class StudyRunRepository(FerrumDbContext db, TimeProvider clock)
{
    public async Task<StudyRunView> StartAsync(string name, string kind, string specText, string actor, CancellationToken ct)
    {
        var run = new StudyRunEntity
        {
            Id = Guid.NewGuid(),
            Name = name,
            Kind = kind,
            Status = StudyRunStatus.Running,
            SpecText = specText,
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.StudyRuns.Add(run);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(run);
    }

    /// <summary>Marks a running run finished and stores its files, in one transaction; false when there is no such running run.</summary>
    public async Task<bool> FinishAsync(Guid id, string? resultsJson, string? error, CancellationToken ct, IReadOnlyList<(string Path, byte[] Content)>? files = null)
    {
        var run = await db.StudyRuns.SingleOrDefaultAsync(r => r.Id == id && r.Status == StudyRunStatus.Running, ct).ConfigureAwait(false);
        if (run is null) return false;
        foreach (var (path, content) in files ?? [])
            db.StudyFiles.Add(new StudyFileEntity { StudyRunId = id, Path = path, Content = content });
        run.Status = error is null ? StudyRunStatus.Succeeded : StudyRunStatus.Failed;
        run.ResultsJson = resultsJson;
        run.Error = error;
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    public async Task<StudyRunView?> GetAsync(Guid id, CancellationToken ct)
    {
        var run = await db.StudyRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false);
        return run is null ? null : ToView(run);
    }

    /// <summary>The paths and sizes of a run's files, in path order.</summary>
    public async Task<IReadOnlyList<(string Path, int Bytes)>> ListFilesAsync(Guid id, CancellationToken ct) =>
        [.. (await db.StudyFiles.AsNoTracking().Where(f => f.StudyRunId == id).OrderBy(f => f.Path)
            .Select(f => new { f.Path, Bytes = f.Content.Length }).ToListAsync(ct).ConfigureAwait(false)).Select(f => (f.Path, f.Bytes))];

    /// <summary>One file's content, or null.</summary>
    public async Task<byte[]?> GetFileAsync(Guid id, string path, CancellationToken ct) =>
        await db.StudyFiles.AsNoTracking().Where(f => f.StudyRunId == id && f.Path == path).Select(f => f.Content).SingleOrDefaultAsync(ct).ConfigureAwait(false);

    /// <summary>Every file of a run (for the bundle download).</summary>
    public async Task<IReadOnlyList<(string Path, byte[] Content)>> GetFilesAsync(Guid id, CancellationToken ct) =>
        [.. (await db.StudyFiles.AsNoTracking().Where(f => f.StudyRunId == id).OrderBy(f => f.Path).ToListAsync(ct).ConfigureAwait(false)).Select(f => (f.Path, f.Content))];

    public async Task<Page<StudyRunView>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var total = await db.StudyRuns.CountAsync(ct).ConfigureAwait(false);
        var items = await db.StudyRuns.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct).ConfigureAwait(false);
        return new Page<StudyRunView>([.. items.Select(ToView)], page.Page, page.PageSize, total);
    }

    private static StudyRunView ToView(StudyRunEntity r) => new(
        r.Id, r.Name, r.Kind, r.Status, r.SpecText, r.ResultsJson, r.Error, r.CreatedBy,
        DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), r.FinishedAt is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null);
}
