using Ferrum.Storage.Model;
using Ferrum.Storage.Paging;
using Ferrum.Storage.Studies;
using Ferrum.Storage.Tests.Support;

namespace Ferrum.Storage.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class ApiKeyAndStudyTests(PostgresFixture pg)
{
    private static async Task<string> AddUserAsync(TestDatabase db)
    {
        await using var ctx = db.NewContext();
        var user = new FerrumUser { UserName = "r@example.org", Email = "r@example.org" };
        ctx.Users.Add(user);
        await ctx.SaveChangesAsync();
        return user.Id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Api_key_finds_its_user_until_revoked_and_a_changed_secret_never_does(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var userId = await AddUserAsync(db);
        var (key, plain) = await db.ApiKeys().CreateAsync(userId, "script", default);

        Assert.Equal(userId, await db.ApiKeys().FindUserAsync(plain, default));
        Assert.Null(await db.ApiKeys().FindUserAsync(plain[..^1] + (plain[^1] == 'A' ? 'B' : 'A'), default));
        Assert.Null(await db.ApiKeys().FindUserAsync("fk_nonsense", default));
        Assert.True(await db.ApiKeys().RevokeAsync(userId, key.Id, default));
        Assert.Null(await db.ApiKeys().FindUserAsync(plain, default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Study_run_goes_from_running_to_succeeded_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var run = await db.Studies().StartAsync("NDEV pilot", "analyze", "group: {column: outcome}", "res", default);
        Assert.True(await db.Studies().FinishAsync(run.Id, "{\"biomarkers\":[]}", null, default,
            [("report.html", "<html>report</html>"u8.ToArray()), ("figures/roc.png", new byte[] { 137, 80, 78, 71 })]));
        Assert.False(await db.Studies().FinishAsync(run.Id, null, "late", default));

        var read = await db.Studies().GetAsync(run.Id, default);
        var list = await db.Studies().ListAsync(PageRequest.Of(1, 5), default);
        Assert.Equal(StudyRunStatus.Succeeded, read!.Status);
        Assert.Equal("{\"biomarkers\":[]}", read.ResultsJson);
        Assert.Equal(run.Id, Assert.Single(list.Items).Id);
        Assert.Equal([("figures/roc.png", 4), ("report.html", 19)], await db.Studies().ListFilesAsync(run.Id, default));
        Assert.Equal("<html>report</html>"u8.ToArray(), await db.Studies().GetFileAsync(run.Id, "report.html", default));
        Assert.Null(await db.Studies().GetFileAsync(run.Id, "missing.txt", default));
    }
}
