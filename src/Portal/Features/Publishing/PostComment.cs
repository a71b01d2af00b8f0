using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// A reader's comment, checked, read for danger and held for moderation. A filled honeypot is thanked like a person and
/// kept nowhere; too many comments from one client are refused with a message.
/// </summary>
public sealed class PostComment(
    IDbContextFactory<PortalDbContext> contexts, ArticleProtector protector, CommentLimiter limiter, IQueueFeed feed, TimeProvider clock)
{
    public sealed record Input(string Slug, string? Name, string? Email, string? Text, bool AcceptsTerms, string? Honeypot, string Client);

    public enum Outcome
    {
        Held,
        Invalid,
        TooMany,
        NoArticle,
    }

    public sealed record Result(Outcome Outcome, RiskAssessment Risk, IReadOnlyList<FieldError> Errors);

    public async Task<Result> HandleAsync(Input input, CancellationToken cancellationToken = default)
    {
        // Read first, whatever else is wrong: someone in danger sees the lines at once, even with a field to correct,
        // a comment refused for its length, or a network whose limit others used up.
        var risk = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, input.Text);
        CommentForm form;
        try
        {
            form = CommentForm.Create(input.Name, input.Email, input.Text, input.AcceptsTerms);
        }
        catch (DomainValidationException e)
        {
            return new Result(Outcome.Invalid, risk, e.Errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articleId = await db.Articles.Where(a => a.Slug == input.Slug && a.State == ArticleState.Published)
            .Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (articleId is null)
        {
            return new Result(Outcome.NoArticle, risk, []);
        }

        if (!string.IsNullOrEmpty(input.Honeypot))
        {
            return new Result(Outcome.Held, risk, []);
        }

        if (!limiter.TryTake(input.Client))
        {
            return new Result(Outcome.TooMany, risk, [new FieldError(string.Empty, "You have sent several comments in a short time. Wait a few minutes and try again.")]);
        }

        var comment = Comment.Post(articleId.Value, form, protector.SealEmail(form.Email), risk, clock.GetUtcNow());
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        await feed.PublishAsync(new QueueChange(QueueChangeKind.CommentsChanged, comment.Id, risk.Level), cancellationToken);
        return new Result(Outcome.Held, risk, []);
    }
}
