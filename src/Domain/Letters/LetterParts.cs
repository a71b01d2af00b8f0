namespace AdviceIntake.Domain.Letters;

/// <summary>Who sends the letter: the letterhead and the footer's contact line.</summary>
public sealed record ServiceLetterhead(string Name, string ContactLine);

/// <summary>How the counselor signs: "Dana Reyes, LMFT" and one line about them.</summary>
public sealed record LetterSignature(string Name, string Credentials, string Bio)
{
    /// <summary>A counselor with no profile signs as the service's counselor: never with a login or an address.</summary>
    public static readonly LetterSignature Anonymous = new("Your counselor", string.Empty, string.Empty);

    public static LetterSignature For(Staff.CounselorProfile? profile) =>
        profile is null ? Anonymous : new LetterSignature(profile.DisplayName, profile.Credentials, profile.Bio);

    public string NameAndCredentials => Credentials.Length == 0 ? Name : $"{Name}, {Credentials}";
}

/// <summary>A way to reach a service: "Call", "Text", "Chat", "TTY", with what a person types or dials.</summary>
public sealed record ContactPoint(string How, string Value, string? Note = null);

/// <summary>One service as a sheet or letter lists it, already in the words a person reads.</summary>
public sealed record ServiceListing(
    string Name,
    string? Organization,
    string Description,
    IReadOnlyList<ContactPoint> Contacts,
    string Hours,
    string Languages,
    string AreaServed,
    DateOnly LastVerifiedOn);

/// <summary>Services of one category on a referral sheet ("Partner violence").</summary>
public sealed record ListingGroup(string Category, IReadOnlyList<ServiceListing> Services);
