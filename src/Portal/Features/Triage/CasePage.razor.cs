using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// One case, as a shell of panels that each carry their own use cases. It opens only once the page is interactive:
/// the question's words never travel in the first, pre-rendered response. It opens again whenever the route points it
/// at another case, and each opening is one audit entry however often the page reloads the case after a change.
/// </summary>
public sealed partial class CasePage : IAsyncDisposable
{
    private static readonly KeyboardShortcuts.Shortcut[] Shortcuts =
    [
        new("t", "Take this question"),
        new("n", "Write a note"),
        new("?", "Show these shortcuts"),
    ];

    // Typing stops counting as writing after this pause.
    private static readonly TimeSpan WritingPause = TimeSpan.FromSeconds(6);

    private readonly CaseViewing viewing = new();
    private StaffMember me = default!;
    private Guid? opened;
    private OpenCase.Case? view;
    private IReadOnlyList<PresenceBoard.Person> others = [];
    private DateTimeOffset now;
    private PresenceMode mode = PresenceMode.Viewing;
    private bool missing;
    private int revision;
    private ITimer? writingPause;
    private IJSObjectReference? module;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private OpenCase Open { get; set; } = default!;

    [Inject]
    private PresenceBoard Presence { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync() => me = StaffMember.From((await AuthenticationState).User);

    // The router keeps this component when a link leads from one case to another, so the id can change under it:
    // nothing of the case before may stay on screen, and the new one is opened (and audited) as any other.
    protected override async Task OnParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive || opened == Id)
        {
            return;
        }

        opened = Id;
        view = null;
        missing = false;
        others = [];
        mode = PresenceMode.Viewing;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var id = Id;
        var loaded = await Open.HandleAsync(id, me, viewing);
        if (id != Id)
        {
            // The route moved on while this case loaded; the newer load shows its own case.
            return;
        }

        view = loaded;
        revision++;
        missing = view is null;
        now = Clock.GetUtcNow();
        others = [.. Presence.On(Id).Where(p => p.StaffId != me.Id)];
    }

    // Once the page hears the feed, the case is read again: a change made while it was opening is not missed.
    private async Task CatchUpAsync()
    {
        await LoadAsync();
        StateHasChanged();
        module ??= await JS.InvokeAsync<IJSObjectReference>("import", "/staff.js");
        await module.InvokeVoidAsync("caseKeys");
    }

    private async Task OnQueueChangedAsync(QueueChange change)
    {
        if (change.QuestionId != Id && change.QuestionId != Guid.Empty)
        {
            return;
        }

        if (change.Kind == QueueChangeKind.Presence)
        {
            others = [.. Presence.On(Id).Where(p => p.StaffId != me.Id)];
        }
        else
        {
            await LoadAsync();
        }

        StateHasChanged();
    }

    private void Writing()
    {
        writingPause ??= Clock.CreateTimer(_ => _ = InvokeAsync(StoppedWriting), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        writingPause.Change(WritingPause, Timeout.InfiniteTimeSpan);
        if (mode != PresenceMode.Writing)
        {
            // Drawn again only when the mode changes, not on every keystroke.
            mode = PresenceMode.Writing;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    private void StoppedWriting()
    {
        if (mode == PresenceMode.Writing)
        {
            mode = PresenceMode.Viewing;
            StateHasChanged();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (writingPause is not null)
        {
            await writingPause.DisposeAsync();
        }

        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("stopKeys", "case");
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser has gone, and its keys with it.
            }
        }
    }
}
