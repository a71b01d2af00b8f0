using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// The live queue. It asks the database again whenever the feed says something changed, at most one query at a time:
/// changes that arrive during a query are folded into one more.
/// </summary>
public sealed partial class QueuePage
{
    private static readonly (QueueView View, string Label)[] Views =
    [
        (QueueView.Unassigned, "Unassigned"),
        (QueueView.Mine, "Mine"),
        (QueueView.Overdue, "Overdue"),
        (QueueView.Flagged, "Flagged"),
        (QueueView.AllOpen, "All open"),
    ];

    private static readonly (QueueSort Column, string Title)[] Columns =
    [
        (QueueSort.Risk, "Risk"),
        (QueueSort.Reference, "Reference"),
        (QueueSort.Topic, "Topic"),
        (QueueSort.Age, "Age"),
        (QueueSort.TimeLeft, "Response"),
        (QueueSort.Status, "Status"),
        (QueueSort.Assignee, "Assignee"),
    ];

    private static readonly int[] PageSizes = [25, 50, 100];
    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(30);

    private LoadQueue.Result? result;
    private CheckArrivalSpike.Spike? spike;
    private IReadOnlyList<ListEscalations.Escalation> escalations = [];
    private IReadOnlyList<FollowUps.ListDueChecks.DueCheck> dueChecks = [];
    private QueueSort sort = QueueSort.Risk;
    private bool descending = true;
    private int page;
    private int pageSize = PageSizes[0];
    private StaffMember me = default!;
    private IReadOnlyList<ListStaffAccounts.Row> counselors = [];
    private LoadQueue.Counts counts = LoadQueue.Counts.None;
    private IReadOnlyDictionary<Guid, IReadOnlyList<PresenceBoard.Person>> presence = new Dictionary<Guid, IReadOnlyList<PresenceBoard.Person>>();
    private IReadOnlyList<Guid> shown = [];
    private DateTimeOffset now;
    private QueueView view = QueueView.AllOpen;
    private QuestionStatus? status;
    private RiskLevel? risk;
    private Topic? topic;
    private string? assigneeId;
    private string? notice;
    private bool taking;
    private bool sound;
    private IJSObjectReference? module;
    private ITimer? ticker;
    private int refreshing;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string EmptyTitle => view switch
    {
        QueueView.Mine => "Nothing assigned to you",
        QueueView.Overdue => "Nothing overdue",
        QueueView.Flagged => "No Crisis or High questions open",
        QueueView.Unassigned => "Every question has someone on it",
        _ => status is null && risk is null && topic is null && assigneeId is null ? "No questions waiting" : "No questions match these filters",
    };

    protected override async Task OnInitializedAsync()
    {
        me = StaffMember.From((await AuthenticationState).User);
        now = Clock.GetUtcNow();
        counselors = await StaffAccounts.ActiveCounselorsAsync();
    }

    // Once the feed is heard, the queue is read again: anything that changed before that is on screen too.
    private async Task StartListeningAsync()
    {
        await RefreshAsync();
        ticker = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, ClockTick, ClockTick);
        module = await JS.InvokeAsync<IJSObjectReference>("import", "/staff.js");
        sound = await module.InvokeAsync<bool>("soundIsOn");
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        // Risk descending is the triage order: most urgent first, then least time left.
        var loaded = await Queue.HandleAsync(new LoadQueue.Query(view, status, risk, topic, assigneeId, sort, descending, page, pageSize), me.Id);
        if (loaded.Rows.Count == 0 && page > 0)
        {
            // The page emptied under us (questions were taken): show the last page that has rows.
            page = Math.Max(0, (loaded.Total - 1) / pageSize);
            loaded = await Queue.HandleAsync(new LoadQueue.Query(view, status, risk, topic, assigneeId, sort, descending, page, pageSize), me.Id);
        }

        result = loaded;
        spike = await ArrivalSpike.HandleAsync(me);
        escalations = await Escalations.HandleAsync(me);
        dueChecks = await DueChecks.HandleAsync(me);
        counts = loaded.Counts;
        now = loaded.At;
        shown = [.. loaded.Rows.Select(r => r.Id)];
        presence = Presence.OnCases([.. shown]);
    }

    private async Task OnQueueChangedAsync(QueueChange change)
    {
        if (change.Kind == QueueChangeKind.NoteAdded)
        {
            return;
        }

        if (change.Kind == QueueChangeKind.Presence)
        {
            // Every open case page says so every 15 seconds; only the rows on this page matter here.
            if (!shown.Contains(change.QuestionId))
            {
                return;
            }

            presence = Presence.OnCases([.. shown]);
            StateHasChanged();
            return;
        }

        if (change is { Kind: QueueChangeKind.Received, Risk: RiskLevel.Crisis })
        {
            await AnnounceCrisisAsync();
        }

        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        // The first caller queries; callers arriving meanwhile only ask for one more round.
        if (Interlocked.Increment(ref refreshing) > 1)
        {
            return;
        }

        do
        {
            Volatile.Write(ref refreshing, 1);
            await LoadAsync();
            StateHasChanged();
        }
        while (Interlocked.CompareExchange(ref refreshing, 0, 1) != 1);
    }

    private async Task AnnounceCrisisAsync()
    {
        notice = $"A new Crisis question arrived at {Clock.GetLocalNow():t}.";
        if (sound && module is not null)
        {
            await module.InvokeVoidAsync("chime");
        }
    }

    private async Task SetSoundAsync(bool on)
    {
        sound = on;
        if (module is not null)
        {
            await module.InvokeVoidAsync("setSound", on);
            if (on)
            {
                await module.InvokeVoidAsync("chime");
            }
        }
    }

    private async Task TakeNextAsync()
    {
        taking = true;
        try
        {
            var taken = await TakeNext.HandleAsync(me);
            if (taken.QuestionId is { } id)
            {
                Navigation.NavigateTo(TriageMarkup.CasePath(id));
            }
            else
            {
                Snackbar.Add("Nothing is waiting: every open question has someone on it.", Severity.Normal);
            }
        }
        finally
        {
            taking = false;
        }
    }

    private Task ChangeViewAsync(QueueView option) => FilterAsync(() => view = option);

    private async Task FilterAsync(Action change)
    {
        change();
        page = 0;
        await RefreshAsync();
    }

    // A new column starts most urgent first for risk, ascending for the others; the same column again turns it round.
    private Task SortAsync(QueueSort column) => FilterAsync(() =>
    {
        descending = sort == column ? !descending : column == QueueSort.Risk;
        sort = column;
    });

    private async Task PageAsync(int step)
    {
        page = Math.Max(0, page + step);
        await RefreshAsync();
    }

    private string AriaSort(QueueSort column) => column != sort ? "none" : descending ? "descending" : "ascending";

    private string? Arrow(QueueSort column) => column != sort ? null : AriaSort(column) == "descending" ? " ▼" : " ▲";

    private static T? Parse<T>(object? value) where T : struct, Enum =>
        Enum.TryParse<T>(value as string, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static string? Parse(object? value) => value is string { Length: > 0 } text ? text : null;

    // Only the sizes offered; anything else a browser sends keeps the smallest.
    private static int PageSizeFrom(object? value) =>
        int.TryParse(value as string, System.Globalization.CultureInfo.InvariantCulture, out var size) && PageSizes.Contains(size) ? size : PageSizes[0];

    public async ValueTask DisposeAsync()
    {
        if (ticker is not null)
        {
            await ticker.DisposeAsync();
        }

        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser has gone; there is nothing left to release on its side.
            }
        }
    }
}
