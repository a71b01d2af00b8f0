using AdviceIntake.Portal.Features.Staff;
using Microsoft.AspNetCore.Components;

namespace AdviceIntake.Portal.Realtime;

/// <summary>
/// A component without markup that tells everyone this page is on a case, viewing or writing: at once, on every change
/// of mode, on a heartbeat so a silent page drops off the board, and "left" when it is removed or moves to another case.
/// </summary>
public sealed class CasePresence : ComponentBase, IAsyncDisposable
{
    private readonly string pageId = Guid.NewGuid().ToString("N");
    private ITimer? heartbeat;
    private (Guid Case, PresenceMode Mode)? announced;

    [Inject]
    private IQueueFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid QuestionId { get; set; }

    [Parameter, EditorRequired]
    public StaffMember Me { get; set; } = default!;

    [Parameter]
    public PresenceMode Mode { get; set; } = PresenceMode.Viewing;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (announced == (QuestionId, Mode))
        {
            return;
        }

        if (announced is { } before && before.Case != QuestionId)
        {
            await SignalAsync(before.Case, PresenceMode.Left);
        }

        announced = (QuestionId, Mode);
        await SignalAsync(QuestionId, Mode);
        heartbeat ??= Clock.CreateTimer(_ => _ = InvokeAsync(BeatAsync), null, PresenceBoard.Heartbeat, PresenceBoard.Heartbeat);
    }

    private Task BeatAsync() => announced is { } now ? SignalAsync(now.Case, now.Mode) : Task.CompletedTask;

    private Task SignalAsync(Guid questionId, PresenceMode mode) => Feed.PublishAsync(
        new QueueChange(QueueChangeKind.Presence, questionId, Presence: new PresenceSignal(pageId, Me.Id, Me.DisplayName, mode)));

    public async ValueTask DisposeAsync()
    {
        if (heartbeat is not null)
        {
            await heartbeat.DisposeAsync();
        }

        if (announced is { } last)
        {
            await SignalAsync(last.Case, PresenceMode.Left);
        }
    }
}
