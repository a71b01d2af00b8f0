using AdviceIntake.Domain.Letters;

namespace AdviceIntake.Portal.Tests.Documents;

/// <summary>Letters and sheets as a counselor would send them, varied one part at a time by the tests.</summary>
internal static class SampleLetters
{
    public static readonly ServiceLetterhead Service = new("AdviceIntake", "AdviceIntake · answers from licensed therapists · not an emergency service");

    public static readonly LetterSignature Signature = new("Dana Reyes", "LMFT", "Couples and family therapist; answers questions about relationships.");

    public static readonly ServiceListing Lifeline = new(
        "988 Suicide & Crisis Lifeline",
        null,
        "Free, confidential support for people in distress.",
        [new ContactPoint("Call", "988"), new ContactPoint("Text", "988"), new ContactPoint("Chat", "https://988lifeline.org/chat")],
        "24 hours, every day",
        "English, Spanish",
        "United States",
        new DateOnly(2026, 10, 1));

    public static readonly ServiceListing Hotline = new(
        "National Domestic Violence Hotline",
        null,
        "Support, safety planning and local shelters for anyone affected by abuse.",
        [new ContactPoint("Call", "1-800-799-7233"), new ContactPoint("Text", "START to 88788"), new ContactPoint("TTY", "1-800-787-3224")],
        "24 hours, every day",
        "English, Spanish and 200+ through interpreters",
        "United States",
        new DateOnly(2026, 9, 12));

    public static readonly ServiceListing CouplesClinic = new(
        "Couples counseling",
        "Riverside Family Center",
        "Sliding-scale counseling for couples and families.",
        [new ContactPoint("Call", "(503) 555-0142", "weekday mornings"), new ContactPoint("Web", "https://riverside.example.org")],
        "Mon–Fri 9:00–17:00",
        "English",
        "Oregon",
        new DateOnly(2026, 6, 2));

    public static AnswerLetter Letter(string answer, IReadOnlyList<ServiceListing>? crisisLines = null, string penName = "Dragging Him to Therapy") =>
        new(Service, new DateOnly(2026, 11, 30), "K7M2-QX9P", penName, AnswerMarkup.Parse(answer), Signature, crisisLines ?? [], "He won't go to counselling");

    public static ReferralSheet Sheet(IReadOnlyList<ServiceListing>? crisisLines = null, string? note = "Start with the clinic: ask for the evening group.") =>
        new(Service, new DateOnly(2026, 11, 30), "K7M2-QX9P", "Dragging Him to Therapy", crisisLines ?? [],
            [new ListingGroup("Couples therapy", [CouplesClinic])], note, Signature);

    public const string Answer = """
        Thank you for writing to us. It takes courage to say out loud that a marriage is struggling, and **you are not alone** in feeling stuck.

        Three things may help before you raise therapy again:
        - choose a calm moment, not the end of an argument;
        - speak about *your* feelings rather than his faults;
        - offer to go first, on your own.

        If he still says no, going on your own is not giving up. Many people find their footing that way.
        """;
}
