using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

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

    public DbSet<StatusLookupGuard> StatusLookupGuards => Set<StatusLookupGuard>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
