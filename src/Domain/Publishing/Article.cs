using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Publishing;

/// <summary>
/// An answer on its way to the advice column: prepared from a released answer whose writer consented, edited until
/// nothing identifies the person, published by a supervisor, and taken down by a supervisor or, for good, by the person
/// withdrawing consent. The case keeps its own text; the article holds a copy.
/// </summary>
public sealed class Article
{
    private Article()
    {
        Text = new SealedArticle(string.Empty, string.Empty, string.Empty, string.Empty);
        PreparedBy = string.Empty;
        CounselorName = string.Empty;
        CounselorCredentials = string.Empty;
        CounselorBio = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid QuestionId { get; private set; }

    public SealedArticle Text { get; private set; }

    public Topic Topic { get; private set; }

    /// <summary>The dangers the question showed: the article carries the crisis box for them.</summary>
    public Concerns Concerns { get; private set; }

    public string CounselorName { get; private set; }

    public string CounselorCredentials { get; private set; }

    public string CounselorBio { get; private set; }

    /// <summary>The counselor as the answer was signed when the article was prepared.</summary>
    public LetterSignature Counselor => new(CounselorName, CounselorCredentials, CounselorBio);

    public ArticleState State { get; private set; }

    /// <summary>
    /// Set at each publication from the headline then: a headline corrected because it identified someone must not stay
    /// in the address. Unchanged headlines keep their address.
    /// </summary>
    public string? Slug { get; private set; }

    public string PreparedBy { get; private set; }

    public DateTimeOffset PreparedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? TakenDownAt { get; private set; }

    public Guid Version { get; private set; }

    public bool IsEditable => State is ArticleState.Draft or ArticleState.Unpublished;

    public static Article Prepare(
        Guid questionId, SealedArticle text, Topic topic, Concerns concerns, LetterSignature counselor, string staffId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        return new Article
        {
            Id = Guid.CreateVersion7(now),
            QuestionId = questionId,
            Text = text,
            Topic = topic,
            Concerns = concerns,
            CounselorName = counselor.Name,
            CounselorCredentials = counselor.Credentials,
            CounselorBio = counselor.Bio,
            State = ArticleState.Draft,
            PreparedBy = staffId,
            PreparedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
    }

    public void Edit(SealedArticle text, Topic topic, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new LifecycleException(State == ArticleState.Withdrawn
                ? "The person withdrew their consent: this article cannot be published."
                : "Unpublish the article before changing it.");
        }

        Text = text;
        Topic = topic;
        Touch(now);
    }

    /// <summary>A supervisor approves the article and it goes up at its address.</summary>
    public void Publish(string supervisorId, string headline, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(supervisorId);
        if (!IsEditable)
        {
            throw new LifecycleException(State == ArticleState.Withdrawn
                ? "The person withdrew their consent: this article cannot be published."
                : "The article is already published.");
        }

        Slug = ArticleSlug.For(headline, Id);
        State = ArticleState.Published;
        PublishedBy = supervisorId;
        PublishedAt = now;
        TakenDownAt = null;
        Touch(now);
    }

    public void Unpublish(DateTimeOffset now)
    {
        if (State != ArticleState.Published)
        {
            throw new LifecycleException("Only a published article can be taken down.");
        }

        State = ArticleState.Unpublished;
        TakenDownAt = now;
        Touch(now);
    }

    /// <summary>The person withdrew consent: down at once and for good; asking twice changes nothing.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        if (State == ArticleState.Withdrawn)
        {
            return;
        }

        TakenDownAt = State == ArticleState.Published ? now : TakenDownAt;
        State = ArticleState.Withdrawn;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
