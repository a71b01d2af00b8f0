using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Letters;

/// <summary>What a letter and a sheet are made of, gathered from the case.</summary>
public sealed record LetterSource(
    ServiceLetterhead Service,
    DateOnly Date,
    string Reference,
    string PenName,
    string AnswerMarkup,
    string SheetNote,
    LetterSignature Signature,
    bool Flagged,
    IReadOnlyList<ReferralResource> Chosen,
    string? QuestionTitle = null);

/// <summary>
/// Composes the answer letter and the referral sheet. The rules of what goes where live here: crisis lines show in a
/// box only where the question was flagged, first on the sheet, and other services follow by category.
/// </summary>
public static class LetterComposer
{
    public static AnswerLetter Letter(LetterSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new AnswerLetter(source.Service, source.Date, source.Reference, source.PenName,
            Letters.AnswerMarkup.Parse(source.AnswerMarkup), source.Signature, CrisisLines(source), source.QuestionTitle);
    }

    public static ReferralSheet Sheet(LetterSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var crisis = CrisisLines(source);
        var shown = crisis.Count > 0 ? source.Chosen.Where(r => !r.IsCrisisLine) : source.Chosen;
        var groups = shown
            .GroupBy(r => r.Concerns.Primary())
            .OrderBy(g => g.Key == Concerns.None ? int.MaxValue : ConcernNames.InSheetOrder.IndexOf(g.Key))
            .Select(g => new ListingGroup(g.Key.Describe(), [.. g.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal).Select(Listing)]))
            .ToList();
        return new ReferralSheet(source.Service, source.Date, source.Reference, source.PenName, crisis, groups,
            source.SheetNote.Length == 0 ? null : source.SheetNote, source.Signature);
    }

    /// <summary>A directory entry in the words a person reads, with every way to reach it.</summary>
    public static ServiceListing Listing(ReferralResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var contacts = new List<ContactPoint>();
        if (resource.Phone is { } phone)
        {
            contacts.Add(new ContactPoint("Call", phone.Display, resource.PhoneNote));
        }

        if (resource.Text is { } text)
        {
            contacts.Add(new ContactPoint("Text", text.Keyword is null ? text.Number : $"{text.Keyword} to {text.Number}"));
        }

        if (resource.Tty is { } tty)
        {
            contacts.Add(new ContactPoint("TTY", tty.Display));
        }

        if (resource.ChatUrl is { } chat)
        {
            contacts.Add(new ContactPoint("Chat", chat.OriginalString));
        }

        if (resource.Website is { } website)
        {
            contacts.Add(new ContactPoint("Web", website.OriginalString));
        }

        var description = string.Join(" ", new[] { resource.Summary, Sentence("Who can use it", resource.Eligibility), Sentence("Cost", resource.Fees), Sentence("How to start", resource.HowToApply) }
            .Where(s => !string.IsNullOrEmpty(s)));
        return new ServiceListing(resource.Name, resource.Organization, description, contacts, resource.Hours, resource.Languages,
            resource.Area.Display, resource.LastVerifiedOn);
    }

    private static List<ServiceListing> CrisisLines(LetterSource source) =>
        source.Flagged ? [.. source.Chosen.Where(r => r.IsCrisisLine).OrderBy(r => r.Kind).Select(Listing)] : [];

    private static string? Sentence(string label, string? value) => string.IsNullOrEmpty(value) ? null : $"{label}: {value.TrimEnd('.')}.";
}
