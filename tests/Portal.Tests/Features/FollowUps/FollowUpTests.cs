using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.FollowUps;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.FollowUps;

/// <summary>Check-ins after release, sent through a real SMTP server on 127.0.0.1, and the link that stops them.</summary>
public sealed class FollowUpTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private TestSmtp smtp = default!;
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;

    public async ValueTask InitializeAsync()
    {
        smtp = new TestSmtp();
        (portal, services) = await PortalServices.StartAsync(clock, smtp.Settings);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_due_check_in_is_sent_once_by_two_dispatchers_and_its_link_stops_every_later_contact()
    {
        var questionId = await ReleasedAsync("My flatmate and I argue about chores every single week.", ScreeningAnswers.AllClear);
        var planned = await FollowUpsAsync(questionId);
        Assert.Equal([FollowUpKind.CheckInEmail, FollowUpKind.CheckInEmail], planned.Select(f => f.Kind));
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);
        Assert.Single(smtp.Received);

        clock.Advance(TimeSpan.FromDays(14));
        var dispatch = services.GetRequiredService<DispatchDueFollowUps>();
        await Task.WhenAll(dispatch.HandleAsync(Token), dispatch.HandleAsync(Token));
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);

        Assert.Equal(2, smtp.Received.Count);
        var checkIn = smtp.Received.Last().TextBody;
        Assert.DoesNotContain("chores", checkIn, StringComparison.OrdinalIgnoreCase);
        var link = checkIn!.Split(StopContactLinks.PathPrefix)[1].Split(['\r', '\n', ' '])[0];
        var stop = services.GetRequiredService<StopContact>();

        Assert.Equal(StopContact.Outcome.NotValid, await stop.HandleAsync(link[..^2] + "xx", Token));
        Assert.Equal(StopContact.Outcome.Stopped, await stop.HandleAsync(link, Token));
        Assert.Equal(StopContact.Outcome.AlreadyStopped, await stop.HandleAsync(link, Token));

        clock.Advance(TimeSpan.FromDays(80));
        Assert.Equal(0, await dispatch.HandleAsync(Token));
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);
        Assert.Equal(2, smtp.Received.Count);
        Assert.Equal([FollowUpState.Done, FollowUpState.Cancelled], (await FollowUpsAsync(questionId)).Select(f => f.State));
        clock.Advance(StopContactLinks.Lifetime);
        Assert.Equal(StopContact.Outcome.NotValid, await stop.HandleAsync(link, Token));
    }

    [Fact]
    public async Task A_question_in_danger_gets_a_counselor_check_and_no_automatic_email()
    {
        var questionId = await ReleasedAsync("He grabbed my throat last week and says he will kill me if I leave.", ScreeningAnswers.AllClear with { HarmFrom = HarmFrom.Partner });

        var planned = Assert.Single(await FollowUpsAsync(questionId));
        Assert.Equal((FollowUpKind.CounselorTask, clock.GetUtcNow().AddDays(2)), (planned.Kind, planned.DueAt));
        Assert.Empty(await services.GetRequiredService<ListDueChecks>().HandleAsync(dana, Token));
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await services.GetRequiredService<DispatchDueFollowUps>().HandleAsync(Token));
        Assert.Single(await services.GetRequiredService<ListDueChecks>().HandleAsync(dana, Token));
        Assert.Single(await services.GetRequiredService<ListDueChecks>().HandleAsync(sam, Token));
        Assert.Empty(await services.GetRequiredService<ListDueChecks>().HandleAsync(new StaffMember("other", "Other", false), Token));

        var change = services.GetRequiredService<ChangeFollowUp>();
        Assert.False((await change.CompleteAsync(planned.Id, new StaffMember("someone", "Someone", false), Token)).Succeeded);
        Assert.True((await change.CompleteAsync(planned.Id, dana, Token)).Succeeded);
        Assert.Equal(FollowUpState.Done, Assert.Single(await FollowUpsAsync(questionId)).State);
    }

    private async Task<Guid> ReleasedAsync(string text, ScreeningAnswers screening)
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            screening, Topic.Family, "At home", text, null, null, null, "Quiet Reader", "reader@example.org", true, true, false), Token);
        await using var db = await Db();
        var id = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        await AnswerFlow.ReleaseAsync(services, id, dana, sam, "Thank you for writing.", null);
        return id;
    }

    private async Task<List<FollowUp>> FollowUpsAsync(Guid questionId)
    {
        await using var db = await Db();
        return [.. (await db.FollowUps.AsNoTracking().Where(f => f.QuestionId == questionId).ToListAsync(Token)).OrderBy(f => f.DueAt)];
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
