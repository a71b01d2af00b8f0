using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Questions stored before safety answers and override reasons were sealed kept them in clear columns. At start-up
/// this seals each such answer and reason where the newer questions keep theirs, and empties the clear columns,
/// in one save. A database with none left is untouched.
/// </summary>
internal sealed class SealLegacyQuestionData(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, ILogger<SealLegacyQuestionData> logger)
    : IStartupStep
{
    public int Order => 30;

    private const string Arrow = " → ";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var questions = await db.Questions
            .Where(q => q.ErasedAt == null && (q.Sealed.Screening == null || EF.Property<string?>(q, LegacyQuestionColumns.OverrideReason) != null))
            .ToListAsync(cancellationToken);
        foreach (var question in questions)
        {
            SealScreening(db, question);
            await SealOverrideReasonAsync(db, question, cancellationToken);
        }

        // The history kept the reason after the levels: "High → Crisis: why".
        var overrides = await db.CaseEvents
            .Where(e => e.Kind == CaseEventKind.RiskOverridden && e.SealedNote == null && e.Detail != null)
            .ToListAsync(cancellationToken);
        foreach (var change in overrides)
        {
            var detail = change.Detail!;
            var split = detail.IndexOf(": ", detail.IndexOf(Arrow, StringComparison.Ordinal) + 1, StringComparison.Ordinal);
            if (split > 0)
            {
                var entry = db.Entry(change);
                entry.Property(e => e.Detail).CurrentValue = detail[..split];
                entry.Property(e => e.SealedNote).CurrentValue = protector.SealNote(detail[(split + 2)..]);
            }
        }

        if (questions.Count + overrides.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Sealed the safety answers or override reasons of {Questions} older questions", questions.Count);
        }
    }

    private void SealScreening(PortalDbContext db, Question question)
    {
        if (question.Sealed.Screening is not null)
        {
            return;
        }

        var entry = db.Entry(question);
        var answers = new ScreeningAnswers(
            entry.Property<bool?>(LegacyQuestionColumns.InDangerNow).CurrentValue ?? false,
            entry.Property<bool?>(LegacyQuestionColumns.ThoughtsOfSelfHarm).CurrentValue ?? false,
            Enum.TryParse<HarmFrom>(entry.Property<string?>(LegacyQuestionColumns.HarmFrom).CurrentValue, out var harm) ? harm : HarmFrom.NoOne,
            entry.Property<bool?>(LegacyQuestionColumns.ChildBeingHurt).CurrentValue ?? false);
        entry.Reference(q => q.Sealed).TargetEntry!.Property(s => s.Screening).CurrentValue = protector.SealScreening(answers);
        entry.Property<bool?>(LegacyQuestionColumns.InDangerNow).CurrentValue = null;
        entry.Property<bool?>(LegacyQuestionColumns.ThoughtsOfSelfHarm).CurrentValue = null;
        entry.Property<string?>(LegacyQuestionColumns.HarmFrom).CurrentValue = null;
        entry.Property<bool?>(LegacyQuestionColumns.ChildBeingHurt).CurrentValue = null;
    }

    // Without its sealed reason the override does not load as one, so the columns are written directly.
    private async Task SealOverrideReasonAsync(PortalDbContext db, Question question, CancellationToken cancellationToken)
    {
        var entry = db.Entry(question);
        if (entry.Property<string?>(LegacyQuestionColumns.OverrideReason).CurrentValue is not { } reason)
        {
            return;
        }

        var sealedReason = protector.SealNote(reason);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE \"Questions\" SET \"RiskOverrideSealedReason\" = {sealedReason}, \"RiskOverrideReason\" = NULL WHERE \"Reference\" = {question.Reference.Value}",
            cancellationToken);
        entry.Property<string?>(LegacyQuestionColumns.OverrideReason).OriginalValue = null;
        entry.Property<string?>(LegacyQuestionColumns.OverrideReason).CurrentValue = null;
    }
}
