using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class StatusLookupGuardConfiguration : IEntityTypeConfiguration<StatusLookupGuard>
{
    public void Configure(EntityTypeBuilder<StatusLookupGuard> builder)
    {
        builder.HasKey(g => g.Key);
        builder.Property(g => g.Key).HasMaxLength(ReferenceCode.Length);
        builder.Property(g => g.Version).IsConcurrencyToken();
    }
}
