namespace AdviceIntake.Domain.Referrals;

/// <summary>
/// One entry of the referral directory: a service a person can call, text or visit.
/// Contact details change, so every entry carries the day it was last checked.
/// </summary>
public sealed class ReferralResource
{
    private ReferralResource()
    {
        Name = string.Empty;
        Summary = string.Empty;
        Hours = string.Empty;
        Languages = string.Empty;
        AreaServed = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>A stable, human-chosen key ("988-lifeline") so seeding can find an entry again without duplicating it.</summary>
    public string Slug { get; private set; } = string.Empty;

    public string Name { get; private set; }

    public ResourceKind Kind { get; private set; }

    public Concerns Concerns { get; private set; }

    public string Summary { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public TextLine? Text { get; private set; }

    public Uri? Website { get; private set; }

    /// <summary>Where to chat online, for people who cannot risk a call being overheard.</summary>
    public Uri? ChatUrl { get; private set; }

    public string Hours { get; private set; }

    public string Languages { get; private set; }

    public string AreaServed { get; private set; }

    public DateOnly LastVerifiedOn { get; private set; }

    public bool IsCrisisLine => Kind is ResourceKind.Emergency or ResourceKind.CrisisLine;

    public static ReferralResource Create(
        string slug,
        string name,
        ResourceKind kind,
        Concerns concerns,
        string summary,
        PhoneNumber? phone,
        TextLine? text,
        Uri? website,
        string hours,
        string languages,
        string areaServed,
        DateOnly lastVerifiedOn,
        Uri? chatUrl = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (phone is null && text is null && website is null)
        {
            throw new ArgumentException($"'{name}' needs a phone number, a text line or a website: a person must be able to reach it.");
        }

        if (website is not null && website.Scheme != Uri.UriSchemeHttps || chatUrl is not null && chatUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The website and chat of '{name}' must be https addresses.");
        }

        return new ReferralResource
        {
            Id = Guid.NewGuid(),
            Slug = slug.Trim(),
            Name = name.Trim(),
            Kind = kind,
            Concerns = concerns,
            Summary = summary.Trim(),
            Phone = phone,
            Text = text,
            Website = website,
            ChatUrl = chatUrl,
            Hours = hours.Trim(),
            Languages = languages.Trim(),
            AreaServed = areaServed.Trim(),
            LastVerifiedOn = lastVerifiedOn,
        };
    }

    public bool Serves(Concerns concern) => (Concerns & concern) != 0;
}
