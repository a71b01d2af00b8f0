using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Reference)
            .HasConversion(r => r.Value, stored => ReferenceCode.FromStored(stored))
            .HasMaxLength(ReferenceCode.Length)
            .IsRequired();
        builder.HasIndex(q => q.Reference).IsUnique();
        builder.Property(q => q.PassphraseHash).HasMaxLength(200).IsRequired();
        builder.Property(q => q.Topic).HasConversion<string>().HasMaxLength(40);
        builder.Property(q => q.AgeRange).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.State).HasMaxLength(20);
        builder.Property(q => q.Language).HasMaxLength(40);
        builder.Property(q => q.RiskLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(q => q.EscalationReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(q => q.AssigneeId).HasMaxLength(450);
        builder.Property(q => q.Version).IsConcurrencyToken();
        // The queue sorts by these, so the level is a number (Crisis highest) and an index holds the triage order itself:
        // the first page is read off the index instead of sorting every open question.
        builder.Property(q => q.EffectiveRiskLevel).HasColumnName("QueueRisk");
        builder.HasIndex(q => new { q.EffectiveRiskLevel, q.DueAt, q.SubmittedAt, q.Id }, "IX_Questions_TriageOrder")
            .IsDescending(true, false, false, false);
        builder.HasIndex(q => q.AssigneeId);

        // Supervisors' queues count recent arrivals to spot a flood.
        builder.HasIndex(q => q.SubmittedAt);
        builder.HasMany(q => q.History).WithOne().HasForeignKey(e => e.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsOne(q => q.RiskOverride, riskOverride =>
        {
            riskOverride.Property(o => o.Level).HasColumnName("RiskOverrideLevel").HasConversion<string>().HasMaxLength(20);
            riskOverride.Property(o => o.SealedReason).HasColumnName("RiskOverrideSealedReason");
            riskOverride.Property(o => o.By).HasColumnName("RiskOverrideBy").HasMaxLength(450);
            riskOverride.Property(o => o.At).HasColumnName("RiskOverrideAt");
        });

        // Ciphertext only: the portal's QuestionProtector seals and unseals these, a purpose per field.
        builder.OwnsOne(q => q.Sealed, sealedContent =>
        {
            sealedContent.Property(s => s.Title).HasColumnName("SealedTitle").IsRequired();
            sealedContent.Property(s => s.Text).HasColumnName("SealedText").IsRequired();
            sealedContent.Property(s => s.PenName).HasColumnName("SealedPenName").IsRequired();
            sealedContent.Property(s => s.Email).HasColumnName("SealedEmail");
            sealedContent.Property(s => s.Screening).HasColumnName("SealedScreening");
        });
        builder.Navigation(q => q.Sealed).IsRequired();

        // Safety answers and override reasons from before they were sealed; start-up seals them and empties these.
        builder.Property<bool?>(LegacyQuestionColumns.InDangerNow).HasColumnName("ScreeningInDangerNow");
        builder.Property<bool?>(LegacyQuestionColumns.ThoughtsOfSelfHarm).HasColumnName("ScreeningThoughtsOfSelfHarm");
        builder.Property<string?>(LegacyQuestionColumns.HarmFrom).HasColumnName("ScreeningHarmFrom").HasMaxLength(20);
        builder.Property<bool?>(LegacyQuestionColumns.ChildBeingHurt).HasColumnName("ScreeningChildBeingHurt");
        builder.Property<string?>(LegacyQuestionColumns.OverrideReason).HasColumnName("RiskOverrideReason").HasMaxLength(1000);

        // The answer is part of the question (its moves change the question's status), kept in its own table because
        // most of what reads questions, the queue above all, never needs it.
        builder.OwnsOne(q => q.Answer, answer =>
        {
            answer.ToTable("Answers");
            answer.WithOwner().HasForeignKey("QuestionId");
            answer.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
            answer.Property(a => a.SealedBody).IsRequired();
            answer.Property(a => a.AuthorId).HasMaxLength(450).IsRequired();
            answer.Property(a => a.ReviewerId).HasMaxLength(450);
            answer.Property(a => a.Revision).IsConcurrencyToken();
            answer.OwnsMany(a => a.Referrals, referrals =>
            {
                referrals.ToTable("AnswerReferrals");
                referrals.WithOwner().HasForeignKey("QuestionId");

                // A key of its own: keyed by the entry's id, a newly chosen entry would look like one already saved.
                referrals.Property<int>("Id").ValueGeneratedOnAdd();
                referrals.HasKey("Id");
                referrals.HasIndex("QuestionId", nameof(AnswerReferral.ResourceId)).IsUnique();
            });
            answer.Navigation(a => a.Referrals).HasField("referrals").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.OwnsMany(q => q.RiskReasons, reasons =>
        {
            reasons.ToJson("RiskReasons");
            reasons.Property(r => r.Level).HasConversion<string>();
            reasons.Property(r => r.Concern).HasConversion<string>();

            // The quoted words are the person's own: never stored in the clear, found again when the text is opened.
            reasons.Ignore(r => r.Quote);
        });
        builder.Navigation(q => q.RiskReasons).HasField("riskReasons").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
