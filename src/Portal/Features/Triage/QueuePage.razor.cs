using System.Data.Common;
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
/// changes that arrive during a query are folded into one more. What it shows (view, filters, sort, page, search) is
/// the address's query string (<see cref="QueueAddress"/>): every change is a navigation, so reload and Back keep it.
/// </summary>
public sealed partial class QueuePage
{
    private static readonly (QueueView View, string Label)[] Views =
    [
        (QueueView.Unassigned, "Unassigned"),
        (QueueView.Mine, "Mine"),
        (QueueView.Overdue, "Overdue"),
        (QueueView.Urgent, "Crisis and High"),
        (QueueView.AllOpen, "All open"),
    ];

    private static readonly (QueueSort Column, bool Descending, string Title)[] SortChoices =
    [
        (QueueSort.Risk, true, "Most urgent first"),
        (QueueSort.Risk, false, "Least urgent first"),
        (QueueSort.TimeLeft, false, "Least time left"),
        (QueueSort.Waiting, true, "Waiting longest"),
        (QueueSort.Waiting, false, "Newest first"),
        (QueueSort.Topic, false, "Topic, A to Z"),
        (QueueSort.Status, false, "Status"),
        (QueueSort.Assignee, false, "Assignee, A to Z"),
    ];

    private static readonly KeyboardShortcuts.Shortcut[] Shortcuts =
    [
        new("j", "Next question"),
        new("k", "Previous question"),
        new("Enter", "Open the question"),
        new("t", "Take the question, or the next one if none is chosen"),
        new("?", "Show these shortcuts"),
    ];

    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryAfterLoss = TimeSpan.FromSeconds(3);

    private LoadQueue.Result? result;
    private CheckArrivalSpike.Spike? spike;
    private IReadOnlyList<ListEscalations.Escalation> escalations = [];
    private IReadOnlyList<FollowUps.ListDueChecks.DueCheck> dueChecks = [];
    private LoadQueue.Query query = new();
    private int shownPage;
    private string? searchText;
    private bool controlsOpen;
    private StaffMember me = default!;
    private IReadOnlyList<ListStaffAccounts.Row> counselors = [];
    private LoadQueue.Counts counts = LoadQueue.Counts.None;
    private IReadOnlyDictionary<Guid, IReadOnlyList<PresenceBoard.Person>> presence = new Dictionary<Guid, IReadOnlyList<PresenceBoard.Person>>();
    private IReadOnlyList<Guid> shown = [];
    private DateTimeOffset now;
    private string? notice;
    private bool taking;
    private bool databaseLost;
    private bool announceTotal;
    private string? summary;
    private bool sound;
    private IJSObjectReference? module;
    private DotNetObjectReference<QueuePage>? keys;
    private ITimer? ticker;
    private int refreshing;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "view")]
    private string? ViewParameter { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusParameter { get; set; }

    [SupplyParameterFromQuery(Name = "risk")]
    private string? RiskParameter { get; set; }

    [SupplyParameterFromQuery(Name = "topic")]
    private string? TopicParameter { get; set; }

    [SupplyParameterFromQuery(Name = "assignee")]
    private string? AssigneeParameter { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    private string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = "dir")]
    private string? DirectionParameter { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private string? PageParameter { get; set; }

    [SupplyParameterFromQuery(Name = "size")]
    private string? SizeParameter { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    private string? SearchParameter { get; set; }

    private string EmptyText => query.View switch
    {
        QueueView.Mine => "Questions you take appear here.",
        QueueView.Overdue => "Questions past their response target appear here.",
        QueueView.Urgent => "Crisis and High questions appear here.",
        _ => "New questions appear here as they arrive, the most urgent first.",
    };

    private string EmptyTitle => query.Narrowed ? "No questions match" : query.View switch
    {
        QueueView.Mine => "Nothing assigned to you",
        QueueView.Overdue => "Nothing overdue",
        QueueView.Urgent => "No Crisis or High questions open",
        QueueView.Unassigned => "Every question has someone on it",
        _ => "No questions waiting",
    };

    private string ClearFilters => Address(new LoadQueue.Query(query.View, Sort: query.Sort, Descending: query.Descending, PageSize: query.PageSize));

    protected override async Task OnInitializedAsync()
    {
        me = StaffMember.From((await AuthenticationState).User);
        now = Clock.GetUtcNow();
        counselors = await StaffAccounts.ActiveCounselorsAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        query = QueueAddress.Read(ViewParameter, StatusParameter, RiskParameter, TopicParameter, AssigneeParameter, SortParameter,
            DirectionParameter, PageParameter, SizeParameter, SearchParameter);

        // Someone no longer among the counselors (or a hand-edited id) filters nothing, as the box then says.
        if (query.AssigneeId is { } assignee && counselors.All(c => c.Id != assignee))
        {
            query = query with { AssigneeId = null };
        }

        searchText = query.Search;
        QueueMemory.Address = Navigation.Uri;
        announceTotal = true;

        // Before the feed is heard the first load is still to come (StartListeningAsync); after, an address change reloads.
        if (ticker is not null)
        {
            await RefreshAsync();
        }
    }

    // Once the feed is heard, the queue is read again: anything that changed before that is on screen too.
    private async Task StartListeningAsync()
    {
        await RefreshAsync();
        ticker = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, ClockTick, ClockTick);
        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "/staff.js");
            sound = await module.InvokeAsync<bool>("soundIsOn");
            keys = DotNetObjectReference.Create(this);
            await module.InvokeVoidAsync("queueKeys", keys);
        }
        catch (JSException)
        {
            // The script could not be fetched (the network or the server hiccuped): the queue stays live without its
            // keys and chime, and the next page load brings them back.
            module = null;
        }

        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        // Risk descending is the triage order: most urgent first, then least time left.
        var asked = query;
        var loaded = await Queue.HandleAsync(asked, me.Id);
        if (loaded.Rows.Count == 0 && asked.Page > 0)
        {
            // The page emptied under us (questions were taken): show the last page that has rows.
            asked = asked with { Page = Math.Max(0, (loaded.Total - 1) / asked.PageSize) };
            loaded = await Queue.HandleAsync(asked, me.Id);
        }

        result = loaded;
        shownPage = asked.Page;

        // Said once after each change of view, filter, sort, page or search; not at every live update.
        if (announceTotal)
        {
            summary = loaded.Total == 1 ? "1 question" : $"{loaded.Total} questions";
            announceTotal = false;
        }

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
        if (change.Kind is QueueChangeKind.NoteAdded or QueueChangeKind.CommentsChanged)
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
            try
            {
                await LoadAsync();
                databaseLost = false;
            }
            catch (Exception e) when (e is DbException || e.InnerException is DbException)
            {
                // The database is restarting or out of reach: the queue keeps what it last showed, says so, and asks
                // again every few seconds until it answers (the feed's return asks every dashboard too).
                databaseLost = true;
                ticker?.Change(RetryAfterLoss, ClockTick);
            }

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
        // A double click arrives as two clicks before the button is drawn disabled: the second takes nothing.
        if (taking)
        {
            return;
        }

        taking = true;
        var taken = await TakeNext.HandleAsync(me);
        if (taken.QuestionId is { } id)
        {
            // Still "taking" until the case page replaces this one: a click that arrives meanwhile takes nothing.
            Navigation.NavigateTo(TriageMarkup.CasePath(id));
            return;
        }

        taking = false;
        Snackbar.Add("Nothing is waiting: every open question has someone on it.", Severity.Normal);
    }

    /// <summary>The keyboard's "t" on a chosen row: take that question and open it.</summary>
    [JSInvokable]
    public async Task TakeAsync(string questionId)
    {
        // One question per press: a second "t" while the first is being taken does nothing.
        if (taking || !Guid.TryParse(questionId, out var id))
        {
            return;
        }

        taking = true;
        var taken = await Claim.HandleAsync(id, me);
        if (taken.Succeeded)
        {
            // Still "taking" until the case page replaces this one: a press that arrives meanwhile takes nothing.
            Navigation.NavigateTo(TriageMarkup.CasePath(id));
            return;
        }

        taking = false;
        Snackbar.Add(taken.Errors.FirstOrDefault()?.Message ?? "That question could not be taken.", Severity.Warning);
    }

    private string Address(LoadQueue.Query target) => Navigation.GetUriWithQueryParameters("/staff", QueueAddress.Write(target));

    private Task GoAsync(LoadQueue.Query target)
    {
        Navigation.NavigateTo(Address(target));
        return Task.CompletedTask;
    }

    private Task SearchAsync() => GoAsync(query with { Search = string.IsNullOrWhiteSpace(searchText) ? null : searchText.Trim(), Page = 0 });

    // A new column starts in its first direction; the same column again turns it round.
    private LoadQueue.Query SortedBy(QueueSort column) => query with
    {
        Sort = column,
        Descending = query.Sort == column ? !query.Descending : QueueAddress.DescendingFirst(column),
        Page = 0,
    };

    // The choice's value is "Column:desc" or "Column:asc", so the box and the table's headers always agree.
    private LoadQueue.Query SortedBy(object? value) =>
        value is string text && text.Split(':') is [var name, var direction] && Parse<QueueSort>(name) is { } column
            ? query with { Sort = column, Descending = direction == "desc", Page = 0 }
            : query;

    private static string SortValue(QueueSort column, bool descending) => $"{column}:{(descending ? "desc" : "asc")}";

    private bool SortIsOffered => SortChoices.Any(c => c.Column == query.Sort && c.Descending == query.Descending);

    private static string ViewLabel(QueueView view) => Views.First(v => v.View == view).Label;

    private string AriaSort(QueueSort column) => column != query.Sort ? "none" : query.Descending ? "descending" : "ascending";

    private string? Arrow(QueueSort column) => column != query.Sort ? null : AriaSort(column) == "descending" ? " ▼" : " ▲";

    private static T? Parse<T>(object? value) where T : struct, Enum =>
        Enum.TryParse<T>(value as string, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    // Only the sizes offered; anything else a browser sends keeps the smallest.
    private static int PageSizeFrom(object? value) =>
        int.TryParse(value as string, System.Globalization.CultureInfo.InvariantCulture, out var size) && QueueAddress.PageSizes.Contains(size) ? size : QueueAddress.PageSizes[0];

    public async ValueTask DisposeAsync()
    {
        keys?.Dispose();
        if (ticker is not null)
        {
            await ticker.DisposeAsync();
        }

        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("stopKeys", "queue");
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser has gone; there is nothing left to release on its side.
            }
        }
    }
}
