using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Staff;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AdviceIntake.Portal.Data;

/// <summary>
/// The portal's one database. Its migrations are SQLite's; <see cref="PostgresPortalDbContext"/> carries PostgreSQL's.
/// </summary>
public class PortalDbContext : IdentityDbContext<StaffUser>, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options)
        : base(options)
    {
    }

    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ReferralResource> ReferralResources => Set<ReferralResource>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    public DbSet<ReleasedDocument> ReleasedDocuments => Set<ReleasedDocument>();

    public DbSet<Snippet> Snippets => Set<Snippet>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    public DbSet<StatusLookupGuard> StatusLookupGuards => Set<StatusLookupGuard>();

    public DbSet<SavedDraft> SavedDrafts => Set<SavedDraft>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Comment> Comments => Set<Comment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps a DateTimeOffset as text, which it can neither compare nor sort; as a number it can. Every value
        // the portal writes is in UTC, where the number's order is the order in time.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
