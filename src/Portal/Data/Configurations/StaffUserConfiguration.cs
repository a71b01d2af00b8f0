using AdviceIntake.Domain.Staff;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdviceIntake.Portal.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.OwnsOne(u => u.Profile, profile =>
        {
            profile.Property(p => p.DisplayName).HasMaxLength(CounselorProfile.DisplayNameMaxLength).IsRequired();
            profile.Property(p => p.Credentials).HasMaxLength(CounselorProfile.CredentialsMaxLength).IsRequired();
            profile.Property(p => p.Bio).HasMaxLength(CounselorProfile.BioMaxLength).IsRequired();
            profile.Property(p => p.LicenceState).HasMaxLength(2).IsRequired();
            profile.Property(p => p.LicenceExpiresOn).IsRequired();
            profile.Ignore(p => p.Signature);
        });
        builder.Navigation(u => u.Profile).IsRequired(false);
    }
}
