using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Domain.Answers;

/// <summary>
/// The answer to a question and the services chosen with it. It belongs to its <see cref="Question"/>, which decides
/// every move; the texts are kept only as ciphertext, sealed like the question.
/// </summary>
public sealed class Answer
{
    private readonly List<AnswerReferral> referrals = [];

    private Answer()
    {
        SealedBody = string.Empty;
    }

    public AnswerState State { get; private set; }

    /// <summary>The answer in the light markup counselors type (<see cref="Letters.AnswerMarkup"/>), sealed.</summary>
    public string SealedBody { get; private set; }

    /// <summary>The counselor's note for the referral sheet, sealed; none until written.</summary>
    public string? SealedSheetNote { get; private set; }

    /// <summary>Who last wrote the answer: the letter is signed in their name.</summary>
    public string AuthorId { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Changes with every save and move, so a save made from an older copy (a second tab, an autosave still on its way
    /// when the answer was sent for review) is refused instead of overwriting.
    /// </summary>
    public Guid Revision { get; private set; }

    /// <summary>The supervisor who approved or returned it last.</summary>
    public string? ReviewerId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public IReadOnlyList<AnswerReferral> Referrals => referrals;

    /// <summary>The entries that go on the sheet.</summary>
    public IEnumerable<Guid> ChosenResourceIds => referrals.Where(r => !r.Removed).Select(r => r.ResourceId);

    public bool IsEditable => State is AnswerState.Draft or AnswerState.Returned;

    internal static Answer Start(string authorId, DateTimeOffset now, IEnumerable<Guid> crisisLines)
    {
        var answer = new Answer { State = AnswerState.Draft, AuthorId = authorId, UpdatedAt = now, Revision = Guid.NewGuid() };
        answer.referrals.AddRange(crisisLines.Distinct().Select(id => AnswerReferral.Chosen(id, automatic: true)));
        return answer;
    }

    internal void Write(string sealedBody, string? sealedSheetNote, string authorId, DateTimeOffset now)
    {
        SealedBody = sealedBody;
        SealedSheetNote = sealedSheetNote;
        AuthorId = authorId;
        UpdatedAt = now;
        Revision = Guid.NewGuid();
    }

    internal void MoveTo(AnswerState state, DateTimeOffset now, string? reviewerId = null)
    {
        State = state;
        UpdatedAt = now;
        Revision = Guid.NewGuid();
        if (reviewerId is not null)
        {
            ReviewerId = reviewerId;
            ReviewedAt = now;
        }

        if (state == AnswerState.Released)
        {
            ReleasedAt = now;
        }
    }

    internal AnswerReferral? Referral(Guid resourceId) => referrals.Find(r => r.ResourceId == resourceId);

    internal void Attach(Guid resourceId)
    {
        referrals.Add(AnswerReferral.Chosen(resourceId, automatic: false));
        Revision = Guid.NewGuid();
    }

    internal void Detach(AnswerReferral referral)
    {
        referrals.Remove(referral);
        Revision = Guid.NewGuid();
    }

    internal void Erase()
    {
        SealedBody = string.Empty;
        SealedSheetNote = null;
        Revision = Guid.NewGuid();
    }

    /// <summary>A chosen entry taken off or put back changes the answer as a whole.</summary>
    internal void Touch() => Revision = Guid.NewGuid();
}
