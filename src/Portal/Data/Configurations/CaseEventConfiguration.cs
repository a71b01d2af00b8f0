using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.SubjectId).HasMaxLength(450);
        builder.Property(e => e.Detail).HasMaxLength(1200);
        builder.HasIndex(e => new { e.QuestionId, e.At });

        // The audit page lists views across cases, newest first.
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}
