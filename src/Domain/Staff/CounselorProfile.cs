using System.Text.RegularExpressions;
using AdviceIntake.Domain.Common;

namespace AdviceIntake.Domain.Staff;

/// <summary>
/// How a counselor signs a letter ("Kind regards, Dana Reyes, LMFT, LMHC") and the licence that allows them to answer.
/// Only <see cref="Create"/> makes one, so a stored profile always meets these rules.
/// </summary>
public sealed partial class CounselorProfile
{
    public const int DisplayNameMaxLength = 80;
    public const int CredentialsMaxLength = 60;
    public const int BioMaxLength = 200;

    private CounselorProfile(string displayName, string credentials, string bio, string licenceState, DateOnly licenceExpiresOn)
    {
        DisplayName = displayName;
        Credentials = credentials;
        Bio = bio;
        LicenceState = licenceState;
        LicenceExpiresOn = licenceExpiresOn;
    }

    public string DisplayName { get; private set; }

    /// <summary>Post-nominal letters separated by ", " (for example "LMFT, LMHC").</summary>
    public string Credentials { get; private set; }

    /// <summary>One line shown under the signature.</summary>
    public string Bio { get; private set; }

    /// <summary>Two-letter code of the state that issued the licence.</summary>
    public string LicenceState { get; private set; }

    public DateOnly LicenceExpiresOn { get; private set; }

    public string Signature => $"{DisplayName}, {Credentials}";

    public bool IsLicensedOn(DateOnly day) => day <= LicenceExpiresOn;

    public static CounselorProfile Create(string? displayName, string? credentials, string? bio, string? licenceState, DateOnly? licenceExpiresOn)
    {
        var errors = new FieldErrors();

        var name = TextRules.Tidy(displayName);
        if (name.Length == 0)
        {
            errors.Add(nameof(DisplayName), "Enter the name the counselor signs letters with.");
        }
        else if (name.Length > DisplayNameMaxLength)
        {
            errors.Add(nameof(DisplayName), $"The display name must be {DisplayNameMaxLength} characters or fewer.");
        }
        else if (TextRules.HasUnreadableCharacters(displayName!))
        {
            errors.Add(nameof(DisplayName), "The display name must be one line of plain text.");
        }

        var letters = NormaliseCredentials(credentials);
        if (letters.Length == 0)
        {
            errors.Add(nameof(Credentials), "Enter the counselor's credentials, for example LMFT, LMHC.");
        }
        else if (letters.Length > CredentialsMaxLength || !CredentialsPattern().IsMatch(letters))
        {
            errors.Add(nameof(Credentials), "Enter credentials as letters separated by commas, for example LMFT, LMHC or PhD.");
        }

        var oneLine = TextRules.Tidy(bio);
        if (oneLine.Length == 0)
        {
            errors.Add(nameof(Bio), "Enter a one-line bio, for example \"Marriage and family therapist in Ohio\".");
        }
        else if (oneLine.Length > BioMaxLength)
        {
            errors.Add(nameof(Bio), $"The bio must be {BioMaxLength} characters or fewer.");
        }
        else if (TextRules.HasUnreadableCharacters(bio!, allowLineBreaks: true))
        {
            errors.Add(nameof(Bio), "The bio must be plain text.");
        }

        var state = (licenceState ?? string.Empty).Trim().ToUpperInvariant();
        if (!UsStates.IsKnown(state))
        {
            errors.Add(nameof(LicenceState), "Choose the state that issued the licence.");
        }

        if (licenceExpiresOn is null)
        {
            errors.Add(nameof(LicenceExpiresOn), "Enter the date the licence expires.");
        }

        errors.ThrowIfAny();
        return new CounselorProfile(name, letters, oneLine, state, licenceExpiresOn!.Value);
    }

    private static string NormaliseCredentials(string? credentials) =>
        string.Join(", ", (credentials ?? string.Empty)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Up to six post-nominals such as LMFT, PhD, Psy.D.; letters, digits, dots and hyphens only.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9.\-]{0,11}(, [A-Za-z][A-Za-z0-9.\-]{0,11}){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex CredentialsPattern();
}
