using System.Text;
using AdviceIntake.Domain.Common;

namespace AdviceIntake.Domain.Referrals;

/// <summary>
/// One entry of the referral directory: a service a person can call, text or visit, and the organization behind it.
/// Contact details change, so every entry carries the day it was last checked; an entry that is no longer offered is
/// retired rather than deleted, so sheets that listed it still read true.
/// </summary>
public sealed class ReferralResource
{
    public const int StaleAfterMonths = 12;
    public const int NameMaxLength = 160;
    public const int SummaryMaxLength = 600;
    public const int DetailMaxLength = 600;
    public const int ShortMaxLength = 200;

    private ReferralResource()
    {
        Name = string.Empty;
        Summary = string.Empty;
        Hours = string.Empty;
        Languages = string.Empty;
        Area = ServiceArea.National;
    }

    public Guid Id { get; private set; }

    /// <summary>A stable, human-chosen key ("988-lifeline"): seeding and CSV import find an entry again by it.</summary>
    public string Slug { get; private set; } = string.Empty;

    public string Name { get; private set; }

    public ResourceKind Kind { get; private set; }

    /// <summary>The directory's categories for this service (partner violence, grief, couples therapy...).</summary>
    public Concerns Concerns { get; private set; }

    /// <summary>What the service does, in a sentence or two.</summary>
    public string Summary { get; private set; }

    public string? Organization { get; private set; }

    public string? OrganizationDescription { get; private set; }

    public string? Eligibility { get; private set; }

    public string? Fees { get; private set; }

    public string? HowToApply { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    /// <summary>What to know about calling, such as "press 1 for veterans".</summary>
    public string? PhoneNote { get; private set; }

    public TextLine? Text { get; private set; }

    /// <summary>A line for people who are deaf or hard of hearing.</summary>
    public PhoneNumber? Tty { get; private set; }

    public Uri? Website { get; private set; }

    /// <summary>Where to chat online, for people who cannot risk a call being overheard.</summary>
    public Uri? ChatUrl { get; private set; }

    public string Hours { get; private set; }

    public string Languages { get; private set; }

    public ServiceArea Area { get; private set; }

    public DateOnly LastVerifiedOn { get; private set; }

    /// <summary>When the entry stopped being offered; retired entries stay for the sheets that named them.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsCrisisLine => Kind is ResourceKind.Emergency or ResourceKind.CrisisLine;

    public bool IsRetired => RetiredOn is not null;

    /// <summary>A new entry; every problem is reported by field, so a form or a CSV line can show them all at once.</summary>
    public static ReferralResource Create(ReferralDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        var resource = new ReferralResource { Id = Guid.NewGuid() };
        resource.Apply(details, today, slug: string.IsNullOrWhiteSpace(details.Slug) ? SlugOf(details.Name) : details.Slug.Trim());
        return resource;
    }

    /// <summary>Changes every field at once, or none when any is wrong.</summary>
    public void Update(ReferralDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        Apply(details, today, Slug);
    }

    /// <summary>Someone checked the details against the service today.</summary>
    public void Verify(DateOnly today) => LastVerifiedOn = today;

    public void Retire(DateOnly today) => RetiredOn ??= today;

    public void Reinstate() => RetiredOn = null;

    public bool Serves(Concerns concern) => (Concerns & concern) != 0;

    /// <summary>Contact details go out of date: an entry not checked for a year must be checked before a sheet relies on it.</summary>
    public bool IsStaleOn(DateOnly today) => LastVerifiedOn < today.AddMonths(-StaleAfterMonths);

    /// <summary>The entry as the fields it was made from, for a form to edit or a CSV row to export.</summary>
    public ReferralDetails ToDetails() => new()
    {
        Slug = Slug,
        Name = Name,
        Kind = Kind,
        Categories = Concerns,
        Summary = Summary,
        Organization = Organization,
        OrganizationDescription = OrganizationDescription,
        Eligibility = Eligibility,
        Fees = Fees,
        HowToApply = HowToApply,
        Phone = Phone?.Display,
        PhoneNote = PhoneNote,
        TextNumber = Text?.Number,
        TextKeyword = Text?.Keyword,
        Tty = Tty?.Display,
        Website = Website?.OriginalString,
        ChatUrl = ChatUrl?.OriginalString,
        Hours = Hours,
        Languages = Languages,
        AreaServed = Area.Code,
        LastVerifiedOn = LastVerifiedOn,
    };

    private void Apply(ReferralDetails d, DateOnly today, string slug)
    {
        var errors = new FieldErrors();
        var name = Required(errors, nameof(d.Name), d.Name, NameMaxLength, "Enter the service's name.");
        var summary = Required(errors, nameof(d.Summary), d.Summary, SummaryMaxLength, "Describe what the service does, in a sentence or two.");
        if (slug.Length is 0 or > 80 || slug.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            errors.Add(nameof(d.Slug), "The key must be 1 to 80 lower-case letters, digits or dashes, such as \"988-lifeline\".");
        }

        if (!Enum.IsDefined(d.Kind))
        {
            errors.Add(nameof(d.Kind), "Choose what kind of service this is.");
        }

        if (d.Categories == Concerns.None && d.Kind != ResourceKind.Emergency)
        {
            errors.Add(nameof(d.Categories), "Choose at least one category, so counselors can find the service.");
        }

        var organization = Optional(errors, nameof(d.Organization), d.Organization, NameMaxLength);
        var organizationDescription = Optional(errors, nameof(d.OrganizationDescription), d.OrganizationDescription, DetailMaxLength);
        var eligibility = Optional(errors, nameof(d.Eligibility), d.Eligibility, DetailMaxLength);
        var fees = Optional(errors, nameof(d.Fees), d.Fees, DetailMaxLength);
        var howToApply = Optional(errors, nameof(d.HowToApply), d.HowToApply, DetailMaxLength);
        var phoneNote = Optional(errors, nameof(d.PhoneNote), d.PhoneNote, ShortMaxLength);
        var hours = Optional(errors, nameof(d.Hours), d.Hours, ShortMaxLength) ?? string.Empty;
        var languages = Optional(errors, nameof(d.Languages), d.Languages, ShortMaxLength) ?? string.Empty;
        var phone = Parsed(errors, nameof(d.Phone), () => PhoneNumber.Parse(d.Phone));
        var tty = Parsed(errors, nameof(d.Tty), () => PhoneNumber.Parse(d.Tty));
        var text = Parsed(errors, nameof(d.TextNumber), () => TextLine.Create(d.TextNumber, d.TextKeyword));
        var website = Address(errors, nameof(d.Website), d.Website);
        var chat = Address(errors, nameof(d.ChatUrl), d.ChatUrl);
        var area = Parsed(errors, nameof(d.AreaServed), () => ServiceArea.Parse(d.AreaServed));
        if (string.IsNullOrWhiteSpace(d.Phone) && string.IsNullOrWhiteSpace(d.TextNumber) && string.IsNullOrWhiteSpace(d.Website))
        {
            errors.Add(nameof(d.Phone), "Give a phone number, a text line or a website: a person must be able to reach the service.");
        }

        if (d.LastVerifiedOn is not { } verified)
        {
            errors.Add(nameof(d.LastVerifiedOn), "Enter the day the details were last checked.");
        }
        else if (verified > today)
        {
            errors.Add(nameof(d.LastVerifiedOn), "The day the details were checked cannot be in the future.");
        }

        errors.ThrowIfAny();
        Slug = slug;
        Name = name;
        Kind = d.Kind;
        Concerns = d.Categories;
        Summary = summary;
        Organization = organization;
        OrganizationDescription = organizationDescription;
        Eligibility = eligibility;
        Fees = fees;
        HowToApply = howToApply;
        Phone = phone;
        PhoneNote = phoneNote;
        Text = text;
        Tty = tty;
        Website = website;
        ChatUrl = chat;
        Hours = hours;
        Languages = languages;
        Area = area!;
        LastVerifiedOn = d.LastVerifiedOn!.Value;
    }

    private static string Required(FieldErrors errors, string field, string? value, int max, string missing)
    {
        var text = Optional(errors, field, value, max);
        if (text is null)
        {
            errors.Add(field, missing);
        }

        return text ?? string.Empty;
    }

    private static string? Optional(FieldErrors errors, string field, string? value, int max)
    {
        var text = TextRules.Tidy(value);
        if (text.Length > max)
        {
            errors.Add(field, $"Keep this to {max:N0} characters or fewer. It is {text.Length:N0} now.");
        }
        else if (value is not null && TextRules.HasUnreadableCharacters(value, allowLineBreaks: true))
        {
            errors.Add(field, "This contains characters we cannot show. Remove them and try again.");
        }

        return text.Length == 0 ? null : text;
    }

    private static T? Parsed<T>(FieldErrors errors, string field, Func<T?> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            errors.Add(field, e.Message);
            return null;
        }
    }

    private static Uri? Address(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.'))
        {
            return uri;
        }

        errors.Add(field, "Enter a full https address, such as https://www.thehotline.org.");
        return null;
    }

    private static string SlugOf(string? name)
    {
        var slug = new StringBuilder();
        foreach (var c in (name ?? string.Empty).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '&' or '/' or '.'))
            {
                slug.Append('-');
            }
        }

        // A name in another script leaves no letters to use; such an entry still needs a key of its own.
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "service-" + Guid.NewGuid().ToString("N")[..8]
            : text.Length > 60 ? text[..60].TrimEnd('-') + "-" + Guid.NewGuid().ToString("N")[..6]
            : text;
    }
}
