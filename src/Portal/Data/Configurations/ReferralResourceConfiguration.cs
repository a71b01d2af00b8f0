using AdviceIntake.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class ReferralResourceConfiguration : IEntityTypeConfiguration<ReferralResource>
{
    public void Configure(EntityTypeBuilder<ReferralResource> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Slug).HasMaxLength(80);
        builder.Property(r => r.Name).HasMaxLength(160);
        builder.Property(r => r.Summary).HasMaxLength(600);
        builder.Property(r => r.Hours).HasMaxLength(120);
        builder.Property(r => r.Languages).HasMaxLength(200);
        builder.Property(r => r.Area).HasColumnName("AreaServed")
            .HasConversion(a => a.Code, s => ServiceArea.Parse(s))
            .HasMaxLength(200);
        builder.Property(r => r.Organization).HasMaxLength(160);
        builder.Property(r => r.OrganizationDescription).HasMaxLength(600);
        builder.Property(r => r.Eligibility).HasMaxLength(600);
        builder.Property(r => r.Fees).HasMaxLength(600);
        builder.Property(r => r.HowToApply).HasMaxLength(600);
        builder.Property(r => r.PhoneNote).HasMaxLength(200);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Website).HasMaxLength(400);
        builder.Property(r => r.ChatUrl).HasMaxLength(400);
        builder.Property(r => r.Phone)
            .HasConversion(p => p == null ? null : p.Display, s => PhoneNumber.Parse(s))
            .HasMaxLength(40);
        builder.Property(r => r.Tty)
            .HasConversion(p => p == null ? null : p.Display, s => PhoneNumber.Parse(s))
            .HasMaxLength(40);
        builder.OwnsOne(r => r.Text, text =>
        {
            text.Property(t => t.Number).HasColumnName("TextNumber").HasMaxLength(15);
            text.Property(t => t.Keyword).HasColumnName("TextKeyword").HasMaxLength(20);
            text.Ignore(t => t.Display);
            text.Ignore(t => t.SmsUri);
        });
        builder.Ignore(r => r.IsCrisisLine);
        builder.Ignore(r => r.IsRetired);
    }
}
