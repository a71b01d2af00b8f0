using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.StaffRecipientId).HasMaxLength(450);
        builder.Property(m => m.Key).HasMaxLength(200);

        // Two nodes owing the same reminder store it once (OutboxMessage.Key).
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.LastFailure).HasMaxLength(500);
        builder.Property(m => m.Version).IsConcurrencyToken();

        // The sweep asks for what is waiting or being sent, oldest first.
        builder.HasIndex(m => new { m.State, m.CreatedAt });
        builder.HasOne<Question>().WithMany().HasForeignKey(m => m.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
