using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.ChangedBy).HasMaxLength(450);
        builder.Property(f => f.Version).IsConcurrencyToken();

        // The dispatcher asks for what is planned and due, oldest first.
        builder.HasIndex(f => new { f.State, f.DueAt });
        builder.HasOne<Question>().WithMany().HasForeignKey(f => f.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
