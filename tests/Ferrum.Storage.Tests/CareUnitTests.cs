using Ferrum.Storage.Assessments;
using Ferrum.Storage.Audit;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Configuration;
using Ferrum.Storage.Paging;
using Ferrum.Storage.Patients;
using Ferrum.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Tests;

/// <summary>Per-patient entitlement in the repositories: a member of one care unit neither sees nor changes another unit's patients.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CareUnitTests(PostgresFixture pg)
{
    private static readonly PatientDraft Draft = new("Unit Patient", new DateOnly(1970, 1, 2), "male", ["ropinirole"]);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Member_of_one_unit_cannot_list_read_or_change_another_units_patient_and_the_refusals_are_audited(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var east = (await db.CareUnits().CreateAsync("East ward", default))!.Id;
        var admin = PatientAccess.Everything("admin");
        var mine = await db.Patients().CreateAsync(Draft with { DisplayName = "Unit Mine" }, DefaultCareUnit.Id, admin, default);
        var theirs = await db.Patients().CreateAsync(Draft with { DisplayName = "Unit Theirs" }, east, admin, default);
        await db.Labs().AddAsync(theirs.Id, [new("2276-4", 12, "ng/mL", new DateOnly(2026, 9, 1))], admin, default);
        var assessment = await db.Assessments().SaveAsync(new AssessmentDraft(theirs.Id, "{}", "{}", "r/1", null, null, null, []), admin, default);
        var a = PatientAccess.Members("dr.a", [DefaultCareUnit.Id]);

        var list = await db.Patients().ListAsync("unit", PageRequest.Of(1, 10), a, default);
        Assert.Equal([mine.Id], list.Items.Select(p => p.Id));
        Assert.Equal(1, list.Total);
        Assert.Null(await db.Patients().GetAsync(theirs.Id, a, default));
        Assert.Equal(UpdateStatus.NotFound, (await db.Patients().UpdateAsync(theirs.Id, 1, Draft with { DisplayName = "Hijacked" }, null, a, default)).Status);
        Assert.Equal(UpdateStatus.NotFound, (await db.Patients().DeleteAsync(theirs.Id, 1, a, default)).Status);
        Assert.Null(await db.Labs().ListAsync(theirs.Id, null, PageRequest.Of(1, 10), a, default));
        Assert.Null(await db.Labs().HistoryAsync(theirs.Id, ["2276-4"], a, default));
        Assert.Null(await db.Labs().AddAsync(theirs.Id, [new("2276-4", 99, "ng/mL", new DateOnly(2026, 9, 2))], a, default));
        Assert.Null(await db.Assessments().ListForPatientAsync(theirs.Id, PageRequest.Of(1, 10), a, default));
        Assert.Null(await db.Assessments().GetAsync(assessment!.Id, a, default));
        Assert.Null(await db.Assessments().SaveAsync(new AssessmentDraft(theirs.Id, "{}", "{}", "r/1", null, null, null, []), a, default));

        var record = await db.Patients().GetAsync(theirs.Id, admin, default);
        Assert.Equal(("Unit Theirs", 1L, east), (record!.DisplayName, record.Version, record.CareUnitId));
        var labs = await db.Labs().ListAsync(theirs.Id, null, PageRequest.Of(1, 10), admin, default);
        Assert.Equal([12.0], labs!.Items.Select(l => l.Value));
        var audit = await db.Audit().ListAsync(PageRequest.Of(1, 50), theirs.Id, default);
        var refusals = audit.Items.Where(r => r.Actor == "dr.a").Select(r => (r.Action, r.ResourceType)).Reverse().ToList();
        Assert.Equal([
            (AuditAction.Denied, "patient"), (AuditAction.Denied, "patient"), (AuditAction.Denied, "patient"),
            (AuditAction.Denied, "labs"), (AuditAction.Denied, "labs"), (AuditAction.Denied, "labs"),
            (AuditAction.Denied, "assessments"), (AuditAction.Denied, "assessment"), (AuditAction.Denied, "assessment"),
        ], refusals);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Member_of_both_units_sees_both_and_may_move_a_patient_between_them(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, pg);
        var east = (await db.CareUnits().CreateAsync("East ward", default))!.Id;
        var both = PatientAccess.Members("dr.b", [DefaultCareUnit.Id, east]);
        var p = await db.Patients().CreateAsync(Draft, east, both, default);
        var moved = await db.Patients().UpdateAsync(p.Id, 1, Draft, DefaultCareUnit.Id, both, default);

        Assert.Equal(DefaultCareUnit.Id, moved.Patient!.CareUnitId);
        Assert.Null(await db.Patients().GetAsync(p.Id, PatientAccess.Members("dr.east", [east]), default));
        Assert.NotNull(await db.Patients().GetAsync(p.Id, PatientAccess.Members("dr.default", [DefaultCareUnit.Id]), default));
        Assert.Null(both.UnitForNewPatient(null));
        Assert.Null(PatientAccess.Members("dr.east", [east]).UnitForNewPatient(DefaultCareUnit.Id));
        Assert.Equal(east, PatientAccess.Members("dr.east", [east]).UnitForNewPatient(null));
        Assert.Equal(DefaultCareUnit.Id, PatientAccess.Everything("admin").UnitForNewPatient(null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Care_units_migration_puts_existing_patients_and_users_into_the_default_unit(string provider)
    {
        await using var db = await TestDatabase.CreateAtAsync(provider, pg, "StudyFiles");
        var patientId = Guid.NewGuid();
        await using (var ctx = db.NewContext())
        {
            var id = provider == "sqlite" ? $"'{patientId.ToString().ToUpperInvariant()}'" : $"'{patientId}'::uuid";
            var ts = provider == "sqlite" ? "'2026-01-01 00:00:00'" : "TIMESTAMPTZ '2026-01-01 00:00:00Z'";
            var no = provider == "sqlite" ? "0" : "false";
            // Literal test values only (the schema of this migration has no entity class to insert with).
            string[] rows =
            [
                $"""INSERT INTO patients ("Id", "DisplayName", "SearchName", "Sex", "Version", "CreatedAt", "UpdatedAt") VALUES ({id}, 'Old Patient', 'OLD PATIENT', 'female', 3, {ts}, {ts})""",
                $"""INSERT INTO "AspNetUsers" ("Id", "UserName", "CreatedAt", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") VALUES ('old-user', 'old@clinic.example', {ts}, {no}, {no}, {no}, {no}, 0)""",
            ];
            foreach (var sql in rows) await ctx.Database.ExecuteSqlRawAsync(sql);
        }
        await using (var ctx = db.NewContext())
            await DatabaseInitializer.MigrateAsync(ctx, db.Target, default);

        var units = await db.CareUnits().UnitsOfAsync("old-user", default);
        Assert.Equal([DefaultCareUnit.Id], units);
        var read = await db.Patients().GetAsync(patientId, PatientAccess.Members("old@clinic.example", units), default);
        Assert.Equal(("Old Patient", 3L, DefaultCareUnit.Id), (read!.DisplayName, read.Version, read.CareUnitId));
        var list = await db.CareUnits().ListAsync(default);
        Assert.Equal((DefaultCareUnit.Name, "old-user"), (Assert.Single(list).Name, Assert.Single(list[0].MemberUserIds)));
    }
}
