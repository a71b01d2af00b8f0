using AdviceIntake.Domain.Answers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class SnippetConfiguration : IEntityTypeConfiguration<Snippet>
{
    public void Configure(EntityTypeBuilder<Snippet> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(Snippet.TitleMaxLength).IsRequired();
        builder.Property(s => s.Body).HasMaxLength(Snippet.BodyMaxLength).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(450).IsRequired();
    }
}
