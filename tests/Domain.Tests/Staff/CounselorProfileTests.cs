using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Staff;

namespace AdviceIntake.Domain.Tests.Staff;

public sealed class CounselorProfileTests
{
    private static readonly DateOnly Expiry = new(2028, 6, 30);

    [Fact]
    public void A_complete_profile_is_tidied_and_signs_with_name_and_credentials()
    {
        var profile = CounselorProfile.Create("  Dana   Reyes ", "lmft,LMHC", " Marriage and family therapist in Ohio ", "oh", Expiry);

        Assert.Equal("Dana Reyes", profile.DisplayName);
        Assert.Equal("lmft, LMHC", profile.Credentials);
        Assert.Equal("Marriage and family therapist in Ohio", profile.Bio);
        Assert.Equal("OH", profile.LicenceState);
        Assert.Equal("Dana Reyes, lmft, LMHC", profile.Signature);
    }

    [Theory]
    [InlineData("LMFT")]
    [InlineData("LMFT, LMHC")]
    [InlineData("PhD, LP")]
    [InlineData("Psy.D., LCSW-C")]
    public void Usual_credentials_are_accepted(string credentials)
    {
        var profile = CounselorProfile.Create("Dana Reyes", credentials, "Therapist", "OH", Expiry);

        Assert.Equal(credentials, profile.Credentials);
    }

    [Theory]
    [InlineData("", "Credentials", "Enter the counselor's credentials")]
    [InlineData("<b>LMFT</b>", "Credentials", "letters separated by commas")]
    [InlineData("1LMFT", "Credentials", "letters separated by commas")]
    public void Bad_credentials_are_refused_with_a_message_for_the_field(string credentials, string field, string message)
    {
        var error = Assert.Throws<DomainValidationException>(() => CounselorProfile.Create("Dana Reyes", credentials, "Therapist", "OH", Expiry));

        var only = Assert.Single(error.Errors);
        Assert.Equal(field, only.Field);
        Assert.Contains(message, only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_field_is_reported_at_once()
    {
        var error = Assert.Throws<DomainValidationException>(() => CounselorProfile.Create(" ", null, "", "XX", null));

        Assert.Equal(
            ["DisplayName", "Credentials", "Bio", "LicenceState", "LicenceExpiresOn"],
            error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Too_long_and_multi_line_values_are_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => CounselorProfile.Create(
            new string('a', CounselorProfile.DisplayNameMaxLength + 1), "LMFT", new string('b', CounselorProfile.BioMaxLength + 1), "OH", Expiry));

        Assert.Contains(error.Errors, e => e.Field == "DisplayName" && e.Message.Contains("80 characters", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Field == "Bio" && e.Message.Contains("200 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_control_character_in_the_name_is_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => CounselorProfile.Create("Dana\u0007Reyes", "LMFT", "Therapist", "OH", Expiry));

        Assert.Equal("DisplayName", Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("2028-06-29", true)]
    [InlineData("2028-06-30", true)]
    [InlineData("2028-07-01", false)]
    public void The_licence_is_valid_up_to_and_including_its_expiry_day(string day, bool licensed)
    {
        var profile = CounselorProfile.Create("Dana Reyes", "LMFT", "Therapist", "OH", Expiry);

        Assert.Equal(licensed, profile.IsLicensedOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
