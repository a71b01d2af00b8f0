using System.Linq.Expressions;
using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Portal.Features.Triage;

internal static class TriageQueries
{
    /// <summary>The order of <see cref="Domain.Triage.TriageOrder"/>, as the database sorts it.</summary>
    public static IOrderedQueryable<Question> InTriageOrder(this IQueryable<Question> questions) =>
        questions.OrderByDescending(q => q.EffectiveRiskLevel).ThenInTriageOrder();

    /// <summary>Breaks ties of another order by the triage order, so rows never swap places between refreshes.</summary>
    public static IOrderedQueryable<Question> ThenInTriageOrder(this IOrderedQueryable<Question> questions) => questions
        .ThenByDescending(q => q.EffectiveRiskLevel)
        .ThenBy(q => q.DueAt)
        .ThenBy(q => q.SubmittedAt)
        .ThenBy(q => q.Id);

    public static IOrderedQueryable<Question> SortBy<TKey>(this IQueryable<Question> questions, Expression<Func<Question, TKey>> key, bool descending) =>
        (descending ? questions.OrderByDescending(key) : questions.OrderBy(key)).ThenInTriageOrder();

    /// <summary>A further key after an order already chosen, then the triage order.</summary>
    public static IOrderedQueryable<Question> SortBy<TKey>(this IOrderedQueryable<Question> questions, Expression<Func<Question, TKey>> key, bool descending) =>
        (descending ? questions.ThenByDescending(key) : questions.ThenBy(key)).ThenInTriageOrder();

    public static IQueryable<Question> Open(this IQueryable<Question> questions) =>
        questions.Where(q => q.Status != QuestionStatus.Answered && q.Status != QuestionStatus.Withdrawn);

    public static IQueryable<Question> Waiting(this IQueryable<Question> questions) =>
        questions.Where(q => q.Status == QuestionStatus.Received && q.AssigneeId == null);
}
