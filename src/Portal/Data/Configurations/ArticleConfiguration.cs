using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.OwnsOne(a => a.Text, text =>
        {
            text.Property(t => t.Headline).HasColumnName("SealedHeadline").IsRequired();
            text.Property(t => t.PenName).HasColumnName("SealedPenName").IsRequired();
            text.Property(t => t.Question).HasColumnName("SealedQuestion").IsRequired();
            text.Property(t => t.Answer).HasColumnName("SealedAnswer").IsRequired();
        });
        builder.Navigation(a => a.Text).IsRequired();
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Topic).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Slug).HasMaxLength(ArticleSlug.MaxLength);
        builder.Property(a => a.CounselorName).HasMaxLength(80).IsRequired();
        builder.Property(a => a.CounselorCredentials).HasMaxLength(60).IsRequired();
        builder.Property(a => a.CounselorBio).HasMaxLength(200).IsRequired();
        builder.Property(a => a.PreparedBy).HasMaxLength(450).IsRequired();
        builder.Property(a => a.PublishedBy).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => new { a.State, a.PublishedAt });
        builder.HasIndex(a => a.QuestionId);
        builder.HasOne<Question>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
