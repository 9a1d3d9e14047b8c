using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Ferrum.Storage.CareUnits;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Model;

/// <summary>
/// The one EF Core model of Ferrum. Provider-specific subclasses (<see cref="SqliteFerrumDbContext"/>,
/// <see cref="PostgresFerrumDbContext"/>) exist only so each provider has its own migrations.
/// </summary>
internal abstract class FerrumDbContext(DbContextOptions options) : IdentityDbContext<FerrumUser, IdentityRole, string>(options)
{
    public DbSet<PatientEntity> Patients => Set<PatientEntity>();
    public DbSet<MedicationEntity> Medications => Set<MedicationEntity>();
    public DbSet<LabEntity> Labs => Set<LabEntity>();
    public DbSet<AssessmentEntity> Assessments => Set<AssessmentEntity>();
    public DbSet<StudyRunEntity> StudyRuns => Set<StudyRunEntity>();
    public DbSet<StudyFileEntity> StudyFiles => Set<StudyFileEntity>();
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();
    public DbSet<CareUnitEntity> CareUnits => Set<CareUnitEntity>();
    public DbSet<CareUnitMemberEntity> CareUnitMembers => Set<CareUnitMemberEntity>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<PatientEntity>(e =>
        {
            e.ToTable("patients");
            e.HasKey(p => p.Id);
            e.Property(p => p.DisplayName).HasMaxLength(200).IsRequired();
            e.Property(p => p.SearchName).HasMaxLength(200).IsRequired();
            e.Property(p => p.Sex).HasMaxLength(16).IsRequired();
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => p.SearchName);
            e.HasIndex(p => new { p.CareUnitId, p.SearchName });
            e.HasOne<CareUnitEntity>().WithMany().HasForeignKey(p => p.CareUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(p => p.Medications).WithOne().HasForeignKey(m => m.PatientId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MedicationEntity>(e =>
        {
            e.ToTable("patient_medications");
            e.HasKey(m => m.Id);
            e.Property(m => m.Name).HasMaxLength(120).IsRequired();
        });
        builder.Entity<LabEntity>(e =>
        {
            e.ToTable("labs");
            e.HasKey(l => l.Id);
            e.Property(l => l.Loinc).HasMaxLength(16).IsRequired();
            e.Property(l => l.Unit).HasMaxLength(32).IsRequired();
            e.HasIndex(l => new { l.PatientId, l.Date });
            e.HasOne<PatientEntity>().WithMany().HasForeignKey(l => l.PatientId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AssessmentEntity>(e =>
        {
            e.ToTable("assessments");
            e.HasKey(a => a.Id);
            e.Property(a => a.CreatedBy).HasMaxLength(256).IsRequired();
            e.Property(a => a.RuleSet).HasMaxLength(64).IsRequired();
            e.Property(a => a.RlsStatus).HasMaxLength(32);
            e.Property(a => a.IronDeficiency).HasMaxLength(32);
            e.Property(a => a.TherapyRecommendation).HasMaxLength(32);
            e.HasIndex(a => new { a.PatientId, a.CreatedAt });
            e.HasOne<PatientEntity>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<StudyRunEntity>(e =>
        {
            e.ToTable("study_runs");
            e.HasKey(s => s.Id);
            e.Property(s => s.Name).HasMaxLength(200).IsRequired();
            e.Property(s => s.Kind).HasMaxLength(16).IsRequired();
            e.Property(s => s.Status).HasMaxLength(16).IsRequired();
            e.Property(s => s.CreatedBy).HasMaxLength(256).IsRequired();
            e.HasIndex(s => s.CreatedAt);
        });
        builder.Entity<StudyFileEntity>(e =>
        {
            e.ToTable("study_files");
            e.HasKey(f => f.Id);
            e.Property(f => f.Path).HasMaxLength(260).IsRequired();
            e.HasIndex(f => new { f.StudyRunId, f.Path }).IsUnique();
            e.HasOne<StudyRunEntity>().WithMany().HasForeignKey(f => f.StudyRunId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(a => a.Id);
            e.Property(a => a.Actor).HasMaxLength(256).IsRequired();
            e.Property(a => a.Action).HasMaxLength(16).IsRequired();
            e.Property(a => a.ResourceType).HasMaxLength(32).IsRequired();
            e.Property(a => a.ResourceId).HasMaxLength(64);
            e.HasIndex(a => a.At);
            e.HasIndex(a => a.PatientId);
        });
        builder.Entity<ApiKeyEntity>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.UserId).IsRequired();
            e.Property(k => k.Name).HasMaxLength(100).IsRequired();
            e.Property(k => k.Prefix).HasMaxLength(16).IsRequired();
            e.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
            e.HasIndex(k => k.Prefix).IsUnique();
            e.HasOne<FerrumUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CareUnitEntity>(e =>
        {
            e.ToTable("care_units");
            e.HasKey(u => u.Id);
            e.Property(u => u.Name).HasMaxLength(200).IsRequired();
            e.HasIndex(u => u.Name).IsUnique();
            e.HasData(new CareUnitEntity { Id = DefaultCareUnit.Id, Name = DefaultCareUnit.Name, CreatedAt = new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc) });
        });
        builder.Entity<CareUnitMemberEntity>(e =>
        {
            e.ToTable("care_unit_members");
            e.HasKey(m => new { m.CareUnitId, m.UserId });
            e.HasIndex(m => m.UserId);
            e.HasOne<CareUnitEntity>().WithMany().HasForeignKey(m => m.CareUnitId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<FerrumUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
