using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>The counselor sends the answer, as it stands on screen, to a supervisor for sign-off.</summary>
public sealed class SubmitAnswer(QuestionChanges changes, QuestionProtector protector, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid questionId, string? body, string? sheetNote, StaffMember counselor, CancellationToken cancellationToken = default)
    {
        string text;
        string note;
        try
        {
            text = AnswerRules.CheckFinished(body);
            note = AnswerRules.CheckNote(sheetNote);
        }
        catch (DomainValidationException e)
        {
            return Task.FromResult(new CaseActionResult(e.Errors));
        }

        return changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged, q =>
        {
            var now = clock.GetUtcNow();
            q.WriteAnswer(protector.SealAnswer(text), protector.SealSheetNote(note), counselor.Id, now);
            q.SubmitAnswer(counselor.Id, now);
        }, cancellationToken);
    }
}
