using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>Keeps what the counselor has written so far, sealed: the editor saves as they type.</summary>
public sealed class SaveAnswerDraft(QuestionChanges changes, QuestionProtector protector, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid questionId, string? body, string? sheetNote, StaffMember counselor, CancellationToken cancellationToken = default)
    {
        string text;
        string note;
        try
        {
            text = AnswerRules.CheckDraft(body);
            note = AnswerRules.CheckNote(sheetNote);
        }
        catch (DomainValidationException e)
        {
            return Task.FromResult(new CaseActionResult(e.Errors));
        }

        // A draft changes nothing another dashboard shows, so it is saved without a queue message.
        return changes.ApplyAsync(questionId, kind: null,
            q => q.WriteAnswer(protector.SealAnswer(text), protector.SealSheetNote(note), counselor.Id, clock.GetUtcNow()), cancellationToken);
    }
}
