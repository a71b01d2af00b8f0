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

    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(30);

    private MudDataGrid<LoadQueue.Row>? grid;
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
    private IDisposable? subscription;
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
        counselors = [.. (await StaffAccounts.HandleAsync()).Where(a => !a.IsDisabled && a.Roles.Contains(StaffRoles.Counselor))];
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        subscription = Feed.Subscribe(OnQueueChangedAsync);
        ticker = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, ClockTick, ClockTick);
        module = await JS.InvokeAsync<IJSObjectReference>("import", "/staff.js");
        sound = await module.InvokeAsync<bool>("soundIsOn");
        StateHasChanged();
    }

    private async Task<GridData<LoadQueue.Row>> LoadAsync(GridState<LoadQueue.Row> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var result = await Queue.HandleAsync(new LoadQueue.Query(view, status, risk, topic, assigneeId,
            SortFor(sort?.SortBy), sort?.Descending ?? false, state.Page, state.PageSize), me.Id, cancellationToken);
        counts = result.Counts;
        now = result.At;
        shown = [.. result.Rows.Select(r => r.Id)];
        presence = Presence.OnCases([.. shown]);
        return new GridData<LoadQueue.Row> { Items = result.Rows, TotalItems = result.Total };
    }

    private Task OnQueueChangedAsync(QueueChange change) => InvokeAsync(async () =>
    {
        if (change.Kind == QueueChangeKind.NoteAdded)
        {
            return;
        }

        if (change.Kind == QueueChangeKind.Presence)
        {
            presence = Presence.OnCases([.. shown]);
            StateHasChanged();
            return;
        }

        if (change is { Kind: QueueChangeKind.Received, Risk: RiskLevel.Crisis })
        {
            await AnnounceCrisisAsync();
        }

        await RefreshAsync();
    });

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
            if (grid is not null)
            {
                await grid.ReloadServerData();
            }

            StateHasChanged();
        }
        while (Interlocked.CompareExchange(ref refreshing, 0, 1) != 1);
    }

    private async Task AnnounceCrisisAsync()
    {
        notice = $"A new Crisis question arrived at {Clock.GetLocalNow():t}.";
        Snackbar.Add(notice, Severity.Warning, o => o.VisibleStateDuration = 10_000);
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
                Navigation.NavigateTo(CasePath(id));
            }
            else
            {
                Snackbar.Add("Nothing is waiting: every open question has someone on it.", Severity.Info);
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
        if (grid is not null)
        {
            await grid.ReloadServerData();
        }
    }

    private void OpenRow(DataGridRowClickEventArgs<LoadQueue.Row> row) => Navigation.NavigateTo(CasePath(row.Item.Id));

    private string RowClass(LoadQueue.Row row, int index) =>
        $"queue-row risk-row-{row.Risk.ToString().ToLowerInvariant()}{(row.DueAt < now ? " overdue-row" : null)}";

    internal static string CasePath(Guid id) => $"/staff/questions/{id}";

    internal static string Reference(string value) => ReferenceCode.TryParse(value, out var code) ? code.ToString() : value;

    internal static string StatusWords(QuestionStatus status) => status switch
    {
        QuestionStatus.Received => "Waiting",
        QuestionStatus.Claimed => "Being answered",
        QuestionStatus.InReview => "In review",
        _ => "Answered",
    };

    private static QueueSort SortFor(string? column) => column switch
    {
        nameof(LoadQueue.Row.Risk) => QueueSort.Risk,
        nameof(LoadQueue.Row.Reference) => QueueSort.Reference,
        nameof(LoadQueue.Row.Topic) => QueueSort.Topic,
        nameof(LoadQueue.Row.SubmittedAt) => QueueSort.Age,
        nameof(LoadQueue.Row.DueAt) => QueueSort.TimeLeft,
        nameof(LoadQueue.Row.Status) => QueueSort.Status,
        nameof(LoadQueue.Row.AssigneeName) => QueueSort.Assignee,
        _ => QueueSort.Triage,
    };

    public async ValueTask DisposeAsync()
    {
        subscription?.Dispose();
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
