namespace AdviceIntake.Domain.Referrals;

/// <summary>
/// A directory entry as a person typed it, in a form or a row of a CSV file: checked field by field by
/// <see cref="ReferralResource"/> before it is kept. Shaped after the Open Referral HSDS (organization, service,
/// phones, schedule, service area).
/// </summary>
public sealed record ReferralDetails
{
    public string? Slug { get; init; }

    public string? Name { get; init; }

    public ResourceKind Kind { get; init; } = ResourceKind.Local;

    public Concerns Categories { get; init; }

    public string? Summary { get; init; }

    public string? Organization { get; init; }

    public string? OrganizationDescription { get; init; }

    public string? Eligibility { get; init; }

    public string? Fees { get; init; }

    public string? HowToApply { get; init; }

    public string? Phone { get; init; }

    public string? PhoneNote { get; init; }

    public string? TextNumber { get; init; }

    public string? TextKeyword { get; init; }

    public string? Tty { get; init; }

    public string? Website { get; init; }

    public string? ChatUrl { get; init; }

    public string? Hours { get; init; }

    public string? Languages { get; init; }

    public string? AreaServed { get; init; }

    public DateOnly? LastVerifiedOn { get; init; }
}
