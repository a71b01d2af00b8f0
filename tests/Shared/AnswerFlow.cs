using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.Testing;

/// <summary>A question sent, and answered the whole way through, by the real use cases, for tests about what comes after.</summary>
public static class AnswerFlow
{
    /// <summary>Sends a question as the form does and returns its id.</summary>
    public static async Task<Guid> SubmitAsync(IServiceProvider services, SubmitQuestion.Input input)
    {
        var token = TestContext.Current.CancellationToken;
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(input, token);
        Assert.True(sent.Succeeded, string.Join(" ", sent.Errors.Select(e => e.Message)));
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(token);
        return await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(token);
    }

    public static async Task ReleaseAsync(
        IServiceProvider services, Guid questionId, StaffMember counselor, StaffMember supervisor, string answer, string? sheetNote = null)
    {
        var token = TestContext.Current.CancellationToken;
        await services.GetRequiredService<ClaimQuestion>().HandleAsync(questionId, counselor, token);
        await services.GetRequiredService<StartAnswer>().HandleAsync(questionId, counselor, token);
        await services.GetRequiredService<SubmitAnswer>().HandleAsync(questionId, answer, sheetNote, counselor, token);
        await services.GetRequiredService<ApproveAnswer>().HandleAsync(questionId, supervisor, token);
        var released = await services.GetRequiredService<ReleaseAnswer>().HandleAsync(questionId, supervisor, token);
        Assert.True(released.Succeeded, string.Join(" ", released.Errors.Select(e => e.Message)));
    }
}
