using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Status;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Triage;

/// <summary>The crisis protocol with the real use cases on a real SQLite database.</summary>
public sealed class CrisisProtocolTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;

    public async ValueTask InitializeAsync()
    {
        (portal, services) = await PortalServices.StartAsync(clock);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task An_escalation_reaches_supervisors_until_one_takes_it_and_the_urgent_message_is_the_first_thing_the_person_sees()
    {
        var (id, reference, passphrase) = await SubmitAsync("I have saved up my sleeping pills and tonight I am going to take them all.");
        var protocol = services.GetRequiredService<CrisisProtocol>();
        var escalations = services.GetRequiredService<ListEscalations>();

        Assert.True((await protocol.EscalateAsync(id, dana, Token)).Succeeded);
        Assert.False((await protocol.EscalateAsync(id, dana, Token)).Succeeded);
        Assert.Empty(await escalations.HandleAsync(dana, Token));
        Assert.Equal(reference, Assert.Single(await escalations.HandleAsync(sam, Token)).Reference);
        Assert.False((await protocol.TakeEscalationAsync(id, dana, Token)).Succeeded);
        Assert.True((await protocol.TakeEscalationAsync(id, sam, Token)).Succeeded);
        Assert.Empty(await escalations.HandleAsync(sam, Token));

        var missing = await protocol.RecordChecklistAsync(id, new(null, null, false, false, null), dana, Token);
        Assert.Equal(["DangerNow", "EmergencyServices"], missing.Errors.Select(e => e.Field));
        Assert.True((await protocol.RecordChecklistAsync(id, new(true, true, false, false, "Called 911 with her consent."), dana, Token)).Succeeded);

        Assert.Equal("Message", Assert.Single((await protocol.SendUrgentMessageAsync(id, " ", dana, Token)).Errors).Field);
        Assert.False((await protocol.SendUrgentMessageAsync(id, CrisisProtocol.SuggestedMessage, dana, Token)).Succeeded);
        await services.GetRequiredService<ClaimQuestion>().HandleAsync(id, dana, Token);
        Assert.True((await protocol.SendUrgentMessageAsync(id, CrisisProtocol.SuggestedMessage, dana, Token)).Succeeded);

        var found = (await services.GetRequiredService<LookUpQuestionStatus>().HandleAsync(new(reference, passphrase, "client"), Token)).Question!;
        Assert.Equal(CrisisProtocol.SuggestedMessage, found.UrgentMessage);
        Assert.True(found.Risk.IsFlagged);
        var view = await services.GetRequiredService<OpenCase>().HandleAsync(id, sam, new CaseViewing(), Token);
        var check = Assert.Single(view!.Timeline, e => e.Kind == CaseEventKind.SafeguardingChecked);
        Assert.StartsWith("Danger now: Yes. Emergency services needed: Yes.", check.Note, StringComparison.Ordinal);
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Token);
        var stored = await db.CaseEvents.AsNoTracking().SingleAsync(e => e.QuestionId == id && e.Kind == CaseEventKind.SafeguardingChecked, Token);
        Assert.DoesNotContain("911", stored.SealedNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_protocol_is_refused_on_a_routine_question()
    {
        var (id, _, _) = await SubmitAsync("My flatmate never washes up and I am tired of asking.");

        var refused = await services.GetRequiredService<CrisisProtocol>().EscalateAsync(id, dana, Token);

        Assert.Equal("The crisis protocol is for High and Crisis questions.", Assert.Single(refused.Errors).Message);
    }

    private async Task<(Guid Id, string Reference, string Passphrase)> SubmitAsync(string text)
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Depression, "Tonight", text, null, null, null, "Night Owl", null, null, false, false), Token);
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Token);
        var id = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        return (id, sent.Reference!.ToString(), sent.Passphrase!.Value);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
