using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class ReleasedDocumentConfiguration : IEntityTypeConfiguration<ReleasedDocument>
{
    public void Configure(EntityTypeBuilder<ReleasedDocument> builder)
    {
        builder.HasKey(d => new { d.QuestionId, d.Kind });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(60);
        builder.HasOne<Question>().WithMany().HasForeignKey(d => d.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
