using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.Tests.Features.Answers;

/// <summary>A question answered the whole way through the real use cases, for tests about what comes after release.</summary>
internal static class AnswerFlow
{
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
