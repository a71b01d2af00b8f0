using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>
/// Gathers a case's answer, signature and chosen services into the letter and the sheet (the rules are
/// <see cref="LetterComposer"/>'s). Staff previews compose from the current draft; a release keeps what it composed.
/// </summary>
public sealed class ComposeLetters(QuestionProtector protector, IOptions<LettersOptions> options)
{
    public sealed record Composed(AnswerLetter Letter, ReferralSheet Sheet);

    public async Task<Composed?> ComposeAsync(PortalDbContext db, Question question, DateOnly date, CancellationToken cancellationToken)
    {
        if (question.Answer is not { } answer)
        {
            return null;
        }

        var chosen = answer.ChosenResourceIds.ToList();
        var resources = await db.ReferralResources.AsNoTracking().Where(r => chosen.Contains(r.Id)).ToListAsync(cancellationToken);
        var profile = await db.Users.AsNoTracking().Where(u => u.Id == answer.AuthorId).Select(u => u.Profile).SingleOrDefaultAsync(cancellationToken);
        var signature = LetterSignature.For(profile);
        var settings = options.Value;
        var source = new LetterSource(
            new ServiceLetterhead(settings.ServiceName, settings.ContactLine),
            date,
            question.Reference.ToString(),
            protector.OpenPenName(question.Sealed),
            protector.OpenAnswer(answer.SealedBody),
            protector.OpenSheetNote(answer.SealedSheetNote),
            signature,
            question.EffectiveRiskLevel >= RiskLevel.High,
            resources,
            protector.OpenTitle(question.Sealed));
        return new Composed(LetterComposer.Letter(source), LetterComposer.Sheet(source));
    }
}
