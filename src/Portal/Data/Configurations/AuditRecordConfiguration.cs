using AdviceIntake.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        // The sequence is the key: two nodes appending at once cannot both take the same place in the chain.
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        // Stored and hashed as the name itself, so that a changed name is a changed row.
        builder.Property(r => r.ActionName).HasColumnName("Action").HasMaxLength(30).IsRequired();
        builder.Ignore(r => r.Action);
        builder.Property(r => r.ActorId).HasMaxLength(450);
        builder.Property(r => r.SubjectId).HasMaxLength(450);
        builder.Property(r => r.Detail).HasMaxLength(AuditRecord.DetailMaxLength);
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength();

        // The audit page filters by staff member and by time.
        builder.HasIndex(r => new { r.ActorId, r.At });
        builder.HasIndex(r => r.At);
    }
}
