using AdviceIntake.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(CommentForm.NameMaxLength).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(CommentForm.TextMaxLength).IsRequired();
        builder.Property(c => c.RiskReasons).HasMaxLength(2_000).IsRequired();
        // A number, so the moderation queue can put the most urgent first.
        builder.Property(c => c.Risk).HasConversion<int>();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ModeratedBy).HasMaxLength(450);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ArticleId, c.State, c.PostedAt });
        builder.HasIndex(c => new { c.State, c.PostedAt });
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
