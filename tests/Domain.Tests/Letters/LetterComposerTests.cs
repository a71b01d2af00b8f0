using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Tests.Letters;

public sealed class LetterComposerTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static readonly ReferralResource Lifeline = ReferralResource.Create(new ReferralDetails
    {
        Slug = "988-lifeline", Name = "988 Suicide & Crisis Lifeline", Kind = ResourceKind.CrisisLine, Categories = Concerns.SuicideOrSelfHarm,
        Summary = "Support in a crisis.", Phone = "988", TextNumber = "988", ChatUrl = "https://988lifeline.org/chat", AreaServed = "US",
        LastVerifiedOn = Today,
    }, Today);

    private static readonly ReferralResource Grief = ReferralResource.Create(new ReferralDetails
    {
        Name = "Grief group", Organization = "Hospice of the Valley", Categories = Concerns.Grief, Summary = "A weekly group.",
        Fees = "Free", Phone = "503-555-0100", PhoneNote = "evenings", AreaServed = "OR", LastVerifiedOn = Today,
    }, Today);

    private static readonly ReferralResource Couples = ReferralResource.Create(new ReferralDetails
    {
        Name = "Couples counseling", Categories = Concerns.CouplesTherapy | Concerns.FamilyTherapy, Summary = "Sliding scale.",
        Website = "https://couples.example.org", AreaServed = "OR", LastVerifiedOn = Today,
    }, Today);

    [Fact]
    public void The_letter_greets_the_pen_name_and_signs_with_name_and_credentials()
    {
        var letter = LetterComposer.Letter(Source(flagged: false));

        Assert.Equal("Dear Quiet Reader,", letter.Salutation);
        Assert.Equal("Kind regards,", AnswerLetter.Closing);
        Assert.Equal("Dana Reyes, LMFT", letter.Signature.NameAndCredentials);
        Assert.Equal("Thank you for writing.", Assert.IsType<Paragraph>(Assert.Single(letter.Body)).PlainText);
    }

    [Fact]
    public void Crisis_lines_show_in_the_letter_and_first_on_the_sheet_only_when_the_question_was_flagged()
    {
        var flagged = Source(flagged: true);
        var routine = Source(flagged: false);

        Assert.Equal(["988 Suicide & Crisis Lifeline"], LetterComposer.Letter(flagged).CrisisLines.Select(l => l.Name));
        Assert.Empty(LetterComposer.Letter(routine).CrisisLines);
        Assert.Equal(["Couples therapy", "Grief"], LetterComposer.Sheet(flagged).Groups.Select(g => g.Category));

        var routineSheet = LetterComposer.Sheet(routine);
        Assert.Empty(routineSheet.CrisisLines);
        Assert.Equal(["Suicide prevention", "Couples therapy", "Grief"], routineSheet.Groups.Select(g => g.Category));
    }

    [Fact]
    public void A_listing_names_every_way_to_reach_the_service_and_what_it_costs()
    {
        var lifeline = LetterComposer.Listing(Lifeline);
        var grief = LetterComposer.Listing(Grief);

        Assert.Equal(["Call 988", "Text 988", "Chat https://988lifeline.org/chat"], lifeline.Contacts.Select(c => $"{c.How} {c.Value}"));
        Assert.Equal("evenings", grief.Contacts[0].Note);
        Assert.Equal("A weekly group. Cost: Free.", grief.Description);
        Assert.Equal(("Hospice of the Valley", "Oregon"), (grief.Organization, grief.AreaServed));
    }

    private static LetterSource Source(bool flagged) => new(
        new ServiceLetterhead("AdviceIntake", "not an emergency service"), Today, "K7M2-QX9P", "Quiet Reader", "Thank you for writing.",
        string.Empty, new LetterSignature("Dana Reyes", "LMFT", "Couples therapist."), flagged, [Couples, Lifeline, Grief]);
}
