using Ferrum.Storage.Assessments;
using Ferrum.Storage.Audit;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Labs;
using Ferrum.Storage.Paging;
using Ferrum.Storage.Patients;
using Ferrum.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class LabAndAssessmentTests(PostgresFixture pg)
{
    private static readonly PatientDraft Ben = new("Ben Example", null, "male", []);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Labs_of_an_unknown_patient_are_refused_and_nothing_is_written(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        Assert.Null(await db.Labs().AddAsync(Guid.NewGuid(), [new("718-7", 11.2, "g/dL", new DateOnly(2026, 1, 1))], PatientAccess.Everything("dr.a"), default));
        await using var ctx = db.NewContext();
        Assert.Equal(0, await ctx.Labs.CountAsync());
        Assert.Equal(0, await ctx.AuditEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_row_rolls_back_every_row_of_the_same_write(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var p = await db.Patients().CreateAsync(Ben, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        var first = await db.Labs().AddAsync(p.Id, [new("2276-4", 30, "ng/mL", new DateOnly(2026, 1, 1))], PatientAccess.Everything("dr.a"), default);

        await using var ctx = db.NewContext();
        var staged = LabRepository.Stage(ctx, p.Id, [new("2276-4", 31, "ng/mL", new DateOnly(2026, 2, 1)), new("2276-4", 32, "ng/mL", new DateOnly(2026, 3, 1))], null, DateTime.UtcNow);
        staged[1].Id = first![0].Id;  // duplicate key: the database rejects this row
        new AuditLog(ctx, db.Clock).Add("dr.a", AuditAction.Create, "labs", p.Id);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => ctx.SaveChangesAsync());

        await using var check = db.NewContext();
        Assert.Equal([30.0], await check.Labs.Select(l => l.Value).ToListAsync());
        Assert.Equal(2, await check.AuditEntries.CountAsync());  // create patient + first labs only
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lab_history_is_oldest_first_and_pages_newest_first(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var p = await db.Patients().CreateAsync(Ben, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        await db.Labs().AddAsync(p.Id,
        [
            new("2276-4", 20, "ng/mL", new DateOnly(2026, 3, 1)),
            new("2276-4", 10, "ng/mL", new DateOnly(2026, 1, 1)),
            new("718-7", 12.5, "g/dL", new DateOnly(2026, 2, 1)),
        ], PatientAccess.Everything("dr.a"), default);

        var history = (await db.Labs().HistoryAsync(p.Id, ["2276-4"], PatientAccess.Everything("dr.a"), default))!;
        var page = await db.Labs().ListAsync(p.Id, null, PageRequest.Of(1, 2), PatientAccess.Everything("dr.a"), default);

        Assert.Equal([10.0, 20.0], history.Select(l => l.Value));
        Assert.Equal(3, page!.Total);
        Assert.Equal([20.0, 12.5], page.Items.Select(l => l.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saved_assessment_stores_its_labs_linked_to_it_and_lists_on_the_patient(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var p = await db.Patients().CreateAsync(Ben, DefaultCareUnit.Id, PatientAccess.Everything("dr.a"), default);
        var draft = new AssessmentDraft(p.Id, "{\"patient\":{}}", "{\"ruleSet\":\"r/1\"}", "r/1", "met", "present", "iv-iron",
            [new("2276-4", 42, "ng/mL", new DateOnly(2026, 10, 2)), new("718-7", 11.2, "g/dL", new DateOnly(2026, 10, 2))]);

        var saved = await db.Assessments().SaveAsync(draft, PatientAccess.Everything("dr.a"), default);
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        var read = await db.Assessments().GetAsync(saved!.Id, PatientAccess.Everything("dr.b"), default);
        var list = await db.Assessments().ListForPatientAsync(p.Id, PageRequest.Of(1, 10), PatientAccess.Everything("dr.b"), default);
        var labs = await db.Labs().ListAsync(p.Id, null, PageRequest.Of(1, 10), PatientAccess.Everything("dr.b"), default);

        Assert.Equal("{\"ruleSet\":\"r/1\"}", read!.ResultJson);
        Assert.Equal("iv-iron", Assert.Single(list!.Items).TherapyRecommendation);
        Assert.All(labs!.Items, l => Assert.Equal(saved.Id, l.AssessmentId));
        Assert.Equal(2, labs.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Assessment_for_an_unknown_patient_is_refused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var draft = new AssessmentDraft(Guid.NewGuid(), "{}", "{}", "r/1", null, null, null, []);
        Assert.Null(await db.Assessments().SaveAsync(draft, PatientAccess.Everything("dr.a"), default));
    }
}
