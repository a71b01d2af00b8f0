using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Publishing;

/// <summary>
/// A reader's comment on an article, held until a moderator approves, rejects or marks it as spam. It is read for danger
/// like a question: a flagged comment goes to the top of the moderation queue. The email is sealed and erased with the
/// retention rules; the name and text are what the public sees once approved.
/// </summary>
public sealed class Comment
{
    private Comment()
    {
        Name = string.Empty;
        Text = string.Empty;
        RiskReasons = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ArticleId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Sealed; null once erased.</summary>
    public string? SealedEmail { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    public RiskLevel Risk { get; private set; }

    /// <summary>The reasons' descriptions, without quotes (the quotes are in the text beside them).</summary>
    public string RiskReasons { get; private set; }

    public CommentState State { get; private set; }

    public string? ModeratedBy { get; private set; }

    public DateTimeOffset? ModeratedAt { get; private set; }

    public Guid Version { get; private set; }

    public static Comment Post(Guid articleId, CommentForm form, string sealedEmail, RiskAssessment risk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentException.ThrowIfNullOrEmpty(sealedEmail);
        return new Comment
        {
            Id = Guid.CreateVersion7(now),
            ArticleId = articleId,
            Name = form.Name,
            SealedEmail = sealedEmail,
            Text = form.Text,
            PostedAt = now,
            Risk = risk.Level,
            RiskReasons = string.Join("; ", risk.Reasons.Select(r => r.Description).Distinct()),
            State = CommentState.AwaitingModeration,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>A moderator decides; a decision can be changed (an approved comment taken down as spam).</summary>
    public void Moderate(CommentState decision, string moderatorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(moderatorId);
        if (decision == CommentState.AwaitingModeration)
        {
            throw new ArgumentOutOfRangeException(nameof(decision), "A moderator approves, rejects or marks as spam.");
        }

        State = decision;
        ModeratedBy = moderatorId;
        ModeratedAt = now;
        Version = Guid.NewGuid();
    }
}
