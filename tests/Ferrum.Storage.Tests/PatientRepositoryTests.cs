using Ferrum.Storage.Audit;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Paging;
using Ferrum.Storage.Patients;
using Ferrum.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class PatientRepositoryTests(PostgresFixture pg)
{
    private static readonly PatientDraft Anna = new("Anna Example", new DateOnly(1981, 3, 4), "female", ["sertraline", "diphenhydramine"]);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Created_patient_reads_back_with_medications_in_order_and_both_are_audited(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var created = await db.Patients().CreateAsync(Anna, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        var read = await db.Patients().GetAsync(created.Id, PatientAccess.Everything("dr.b"), default);

        Assert.NotNull(read);
        Assert.Equal(["sertraline", "diphenhydramine"], read.Medications);
        Assert.Equal(new DateOnly(1981, 3, 4), read.BirthDate);
        Assert.Equal(1, read.Version);
        var audit = await db.Audit().ListAsync(PageRequest.Of(1, 10), created.Id, default);
        Assert.Equal([("dr.b", AuditAction.Read), ("dr.a", AuditAction.Create)], audit.Items.Select(a => (a.Actor, a.Action)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_at_the_current_version_replaces_medications_and_bumps_the_version(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var created = await db.Patients().CreateAsync(Anna, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        var outcome = await db.Patients().UpdateAsync(created.Id, 1, Anna with { Medications = ["ferrous sulfate"] }, null, PatientAccess.Everything("dr.a"), default);

        Assert.Equal(UpdateStatus.Updated, outcome.Status);
        Assert.Equal(2, outcome.Patient!.Version);
        var read = await db.Patients().GetAsync(created.Id, PatientAccess.Everything("dr.a"), default);
        Assert.Equal(["ferrous sulfate"], read!.Medications);
        await using var ctx = db.NewContext();
        Assert.Equal(1, await ctx.Medications.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Second_writer_with_the_same_version_gets_a_conflict_and_the_first_write_survives(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var created = await db.Patients().CreateAsync(Anna, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        var first = await db.Patients().UpdateAsync(created.Id, 1, Anna with { DisplayName = "Anna First" }, null, PatientAccess.Everything("dr.a"), default);
        var second = await db.Patients().UpdateAsync(created.Id, 1, Anna with { DisplayName = "Anna Second" }, null, PatientAccess.Everything("dr.b"), default);

        Assert.Equal(UpdateStatus.Updated, first.Status);
        Assert.Equal(UpdateStatus.Conflict, second.Status);
        Assert.Equal(2, second.CurrentVersion);
        Assert.Equal("Anna First", (await db.Patients().GetAsync(created.Id, PatientAccess.Everything("x"), default))!.DisplayName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Version_is_checked_by_the_database_so_an_interleaved_write_cannot_be_lost(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var created = await db.Patients().CreateAsync(Anna, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        var slow = db.NewContext();
        var stale = await slow.Patients.SingleAsync(p => p.Id == created.Id);  // read at version 1

        await db.Patients().UpdateAsync(created.Id, 1, Anna with { DisplayName = "Anna Fast" }, null, PatientAccess.Everything("dr.a"), default);
        stale.DisplayName = "Anna Slow";
        stale.Version = 2;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slow.SaveChangesAsync());
        Assert.Equal("Anna Fast", (await db.Patients().GetAsync(created.Id, PatientAccess.Everything("x"), default))!.DisplayName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_ignores_case_and_pages_in_name_order(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        foreach (var name in new[] { "Carla Smith", "anna smith", "Bert Jones", "Dora SMITHERS" })
            await db.Patients().CreateAsync(Anna with { DisplayName = name }, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);

        var page1 = await db.Patients().ListAsync("smith", PageRequest.Of(1, 2), PatientAccess.Everything("dr.a"), default);
        var page2 = await db.Patients().ListAsync("smith", PageRequest.Of(2, 2), PatientAccess.Everything("dr.a"), default);

        Assert.Equal(3, page1.Total);
        Assert.Equal(2, page1.TotalPages);
        Assert.Equal(["anna smith", "Carla Smith"], page1.Items.Select(p => p.DisplayName));
        Assert.Equal(["Dora SMITHERS"], page2.Items.Select(p => p.DisplayName));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Delete_at_a_stale_version_conflicts_and_at_the_current_one_removes_labs_too(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var created = await db.Patients().CreateAsync(Anna, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        await db.Labs().AddAsync(created.Id, [new("2276-4", 42, "ng/mL", new DateOnly(2026, 10, 1))], PatientAccess.Everything("dr.a"), default);

        Assert.Equal(UpdateStatus.Conflict, (await db.Patients().DeleteAsync(created.Id, 7, PatientAccess.Everything("dr.a"), default)).Status);
        Assert.Equal(UpdateStatus.Updated, (await db.Patients().DeleteAsync(created.Id, 1, PatientAccess.Everything("dr.a"), default)).Status);
        await using var ctx = db.NewContext();
        Assert.Equal(0, await ctx.Labs.CountAsync());
        Assert.Null(await db.Patients().GetAsync(created.Id, PatientAccess.Everything("dr.a"), default));
    }
}
