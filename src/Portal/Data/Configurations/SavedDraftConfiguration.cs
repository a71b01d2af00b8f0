using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class SavedDraftConfiguration : IEntityTypeConfiguration<SavedDraft>
{
    public void Configure(EntityTypeBuilder<SavedDraft> builder)
    {
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(64);
        builder.HasIndex(d => d.ExpiresAt);
    }
}
