using AdviceIntake.Domain.Common;

namespace AdviceIntake.Domain.Questions;

/// <summary>
/// One entry in a case's history. Events are only ever added: the timeline and the audit trail are read from them.
/// </summary>
public sealed class CaseEvent
{
    public const int NoteMaxLength = 4000;

    private CaseEvent()
    {
    }

    public Guid Id { get; private set; }

    public Guid QuestionId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public CaseEventKind Kind { get; private set; }

    /// <summary>The staff member who did it; none when the person who wrote in did.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The staff member it was done to, such as the counselor a question was reassigned to.</summary>
    public string? SubjectId { get; private set; }

    /// <summary>Words for the timeline that are not confidential, such as "High → Crisis".</summary>
    public string? Detail { get; private set; }

    /// <summary>
    /// An internal note's text, or the reason given for a change of risk level, as ciphertext: both talk about the
    /// question, so they are kept like it.
    /// </summary>
    public string? SealedNote { get; private set; }

    /// <summary>A staff member opened the question's text.</summary>
    public static CaseEvent Viewed(Guid questionId, string staffId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        return New(questionId, CaseEventKind.Viewed, at, staffId);
    }

    /// <summary>The person who wrote in downloaded one of their documents ("letter" or "referral sheet").</summary>
    public static CaseEvent Downloaded(Guid questionId, string document, DateTimeOffset at) =>
        New(questionId, CaseEventKind.DocumentDownloaded, at, actorId: null, detail: document);

    /// <summary>A staff member sent the released letter to the person's address again.</summary>
    public static CaseEvent LetterEmailed(Guid questionId, string staffId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        return New(questionId, CaseEventKind.LetterEmailed, at, staffId);
    }

    /// <summary>A planned follow-up happened or was cancelled; none for a staff member when the system or the person did it.</summary>
    public static CaseEvent FollowUp(Guid questionId, bool done, string what, string? staffId, DateTimeOffset at) =>
        New(questionId, done ? CaseEventKind.FollowUpDone : CaseEventKind.FollowUpCancelled, at, staffId, detail: what);

    public static CaseEvent ArticlePrepared(Guid questionId, string staffId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        return New(questionId, CaseEventKind.ArticlePrepared, at, staffId);
    }

    /// <summary>A staff-only note; <paramref name="sealedNote"/> is what <see cref="CheckNote"/> accepted, sealed.</summary>
    public static CaseEvent Note(Guid questionId, string staffId, string sealedNote, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        ArgumentException.ThrowIfNullOrEmpty(sealedNote);
        var note = New(questionId, CaseEventKind.NoteAdded, at, staffId);
        note.SealedNote = sealedNote;
        return note;
    }

    /// <summary>The note as it will be kept, or the reason it cannot be.</summary>
    public static string CheckNote(string? text)
    {
        var note = (text ?? string.Empty).Trim();
        var problem = note.Length == 0 ? "Write the note before adding it."
            : note.Length > NoteMaxLength ? $"A note must be {NoteMaxLength:N0} characters or fewer. It is {note.Length:N0} now."
            : TextRules.HasUnreadableCharacters(note, allowLineBreaks: true) ? "The note contains characters we cannot show. Remove them and try again."
            : null;
        return problem is null ? note : throw new DomainValidationException([new FieldError("Note", problem)]);
    }

    internal static CaseEvent New(
        Guid questionId, CaseEventKind kind, DateTimeOffset at, string? actorId, string? subjectId = null, string? detail = null, string? sealedNote = null) =>
        new()
        {
            Id = Guid.CreateVersion7(at),
            QuestionId = questionId,
            At = at,
            Kind = kind,
            ActorId = actorId,
            SubjectId = subjectId,
            Detail = detail,
            SealedNote = sealedNote,
        };
}
