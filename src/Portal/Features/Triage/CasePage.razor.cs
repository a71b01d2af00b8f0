using AdviceIntake.Portal.Questions;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Components.Forms;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// One case. It opens only once the page is interactive: the question's words never travel in the first, pre-rendered
/// response. It opens again whenever the route points it at another case, and each opening is one audit entry however
/// often the page reloads the case after a change. The page says who is on it while it is open.
/// </summary>
public sealed partial class CasePage
{
    // Typing stops counting as writing after this pause.
    private static readonly TimeSpan WritingPause = TimeSpan.FromSeconds(6);

    private readonly string pageId = Guid.NewGuid().ToString("N");
    private readonly NoteForm noteForm = new();
    private readonly OverrideForm overrideForm = new();
    private readonly ReassignForm reassignForm = new();
    private EditContext noteContext = default!;
    private EditContext overrideContext = default!;
    private EditContext reassignContext = default!;
    private ServerErrors noteErrors = default!;
    private ServerErrors overrideErrors = default!;
    private ServerErrors reassignErrors = default!;
    private StaffMember me = default!;
    private readonly CaseViewing viewing = new();
    private Guid? opened;
    private OpenCase.Case? view;
    private IReadOnlyList<ListStaffAccounts.Row> counselors = [];
    private IReadOnlyList<PresenceBoard.Person> others = [];
    private DateTimeOffset now;
    private PresenceMode mode = PresenceMode.Viewing;
    private string? problem;
    private bool missing;
    private bool busy;
    private int revision;
    private IDisposable? subscription;
    private ITimer? heartbeat;
    private ITimer? writingPause;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private OpenCase Open { get; set; } = default!;

    [Inject]
    private ClaimQuestion Claim { get; set; } = default!;

    [Inject]
    private ReleaseQuestion Release { get; set; } = default!;

    [Inject]
    private ReassignQuestion Reassign { get; set; } = default!;

    [Inject]
    private OverrideQuestionRisk Override { get; set; } = default!;

    [Inject]
    private AddCaseNote AddNote { get; set; } = default!;

    [Inject]
    private ListStaffAccounts StaffAccounts { get; set; } = default!;

    [Inject]
    private IQueueFeed Feed { get; set; } = default!;

    [Inject]
    private PresenceBoard Presence { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        noteContext = new EditContext(noteForm);
        overrideContext = new EditContext(overrideForm);
        reassignContext = new EditContext(reassignForm);
        noteErrors = new ServerErrors(noteContext);
        overrideErrors = new ServerErrors(overrideContext);
        reassignErrors = new ServerErrors(reassignContext);
        me = StaffMember.From((await AuthenticationState).User);
        if (RendererInfo.IsInteractive && me.IsSupervisor)
        {
            counselors = await StaffAccounts.ActiveCounselorsAsync();
        }
    }

    // The router keeps this component when a link leads from one case to another, so the id can change under it:
    // nothing of the case before may stay on screen, and the new one is opened (and audited) as any other.
    protected override async Task OnParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive || opened == Id)
        {
            return;
        }

        if (opened is { } previous && view is not null)
        {
            await LeaveAsync(previous);
        }

        var first = opened is null;
        opened = Id;
        view = null;
        missing = false;
        others = [];
        mode = PresenceMode.Viewing;
        problem = null;
        noteForm.Note = null;
        overrideForm.Level = null;
        overrideForm.Reason = null;
        reassignForm.Counselor = null;
        noteErrors.Clear();
        overrideErrors.Clear();
        reassignErrors.Clear();
        await LoadAsync();
        if (!first && subscription is not null && view is not null)
        {
            await AnnounceAsync();
        }
    }

    // Not only on the first render: that one can come while the case is still loading.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (view is null || subscription is not null)
        {
            return;
        }

        subscription = Feed.Subscribe(OnQueueChangedAsync);
        heartbeat = Clock.CreateTimer(_ => _ = AnnounceAsync(), null, PresenceBoard.Heartbeat, PresenceBoard.Heartbeat);
        await AnnounceAsync();
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

    private Task OnQueueChangedAsync(QueueChange change) => InvokeAsync(async () =>
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
    });

    private Task AnnounceAsync() => Feed.PublishAsync(
        new QueueChange(QueueChangeKind.Presence, Id, Presence: new PresenceSignal(pageId, me.Id, me.DisplayName, mode)));

    private async Task NoteTypedAsync(string? text)
    {
        noteForm.Note = text;
        if (!string.IsNullOrEmpty(text))
        {
            await WritingAsync();
        }
    }

    private async Task AnswerChangedAsync() => await LoadAsync();

    private async Task WritingAsync()
    {
        writingPause?.Change(WritingPause, Timeout.InfiniteTimeSpan);
        if (mode != PresenceMode.Writing)
        {
            mode = PresenceMode.Writing;
            writingPause ??= Clock.CreateTimer(_ => _ = InvokeAsync(StoppedWritingAsync), null, WritingPause, Timeout.InfiniteTimeSpan);
            await AnnounceAsync();
        }
    }

    private async Task StoppedWritingAsync()
    {
        if (mode == PresenceMode.Writing)
        {
            mode = PresenceMode.Viewing;
            await AnnounceAsync();
        }
    }

    private Task ClaimAsync() => ActAsync(() => Claim.HandleAsync(Id, me), null);

    private Task ReleaseAsync() => ActAsync(() => Release.HandleAsync(Id, me), null);

    private Task ReassignAsync() => ActAsync(() => Reassign.HandleAsync(Id, reassignForm.Counselor, me), reassignErrors, () => reassignForm.Counselor = null);

    private Task OverrideAsync() => ActAsync(() => Override.HandleAsync(Id, overrideForm.Level, overrideForm.Reason, me), overrideErrors, () =>
    {
        overrideForm.Level = null;
        overrideForm.Reason = null;
    });

    private async Task ActAsync(Func<Task<CaseActionResult>> action, ServerErrors? form, Action? onDone = null)
    {
        busy = true;
        problem = null;
        try
        {
            var result = await action();
            var forCase = result.Errors.Where(e => e.Field.Length == 0).Select(e => e.Message).ToList();
            problem = forCase.Count > 0 ? string.Join(" ", forCase) : null;
            form?.Show(result.Errors.Where(e => e.Field.Length > 0));
            if (result.Succeeded)
            {
                onDone?.Invoke();
            }

            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task AddNoteAsync()
    {
        var errors = await AddNote.HandleAsync(Id, noteForm.Note, me);
        noteErrors.Show(errors);
        if (errors.Count == 0)
        {
            noteForm.Note = null;
            await StoppedWritingAsync();
            await LoadAsync();
        }
    }

    private static string YesNo(bool? answer) => answer switch
    {
        true => "Yes",
        false => "No",
        null => "Not answered",
    };

    private static string HarmWords(HarmFrom? harm) => harm switch
    {
        HarmFrom.NoOne => "No",
        HarmFrom.Partner => "Yes, a partner or ex-partner",
        HarmFrom.FamilyMember => "Yes, someone in their family",
        HarmFrom.SomeoneElse => "Yes, someone else",
        _ => "Not answered",
    };

    private static string Describe(OpenCase.TimelineEntry entry) => entry.Kind switch
    {
        CaseEventKind.Received => "Question received",
        CaseEventKind.Claimed => $"{entry.ActorName} took it",
        CaseEventKind.Released => $"{entry.ActorName} put it back in the queue",
        CaseEventKind.Reassigned => $"{entry.ActorName} gave it to {entry.SubjectName}",
        CaseEventKind.RiskOverridden => $"{entry.ActorName} changed the risk level: {entry.Detail}",
        CaseEventKind.NoteAdded => $"Note by {entry.ActorName}",
        CaseEventKind.Viewed => $"{entry.ActorName} read the question",
        CaseEventKind.AnswerStarted => $"{entry.ActorName} started the answer",
        CaseEventKind.AnswerSubmitted => $"{entry.ActorName} sent the answer for review",
        CaseEventKind.AnswerReturned => $"{entry.ActorName} returned the answer to {entry.SubjectName}",
        CaseEventKind.AnswerApproved => $"{entry.ActorName} approved the answer",
        CaseEventKind.AnswerReleased => $"{entry.ActorName} released the answer to the person",
        CaseEventKind.ReferralAttached => $"{entry.ActorName} added {entry.Detail} to the referral sheet",
        CaseEventKind.ReferralRemoved => $"{entry.ActorName} took {entry.Detail} off the referral sheet",
        CaseEventKind.DocumentDownloaded => $"The person downloaded their {entry.Detail}",
        CaseEventKind.LetterEmailed => $"{entry.ActorName} emailed the letter to the person again",
        _ => entry.Kind.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        subscription?.Dispose();
        if (heartbeat is not null)
        {
            await heartbeat.DisposeAsync();
        }

        if (writingPause is not null)
        {
            await writingPause.DisposeAsync();
        }

        if (view is not null)
        {
            await LeaveAsync(Id);
        }
    }

    private Task LeaveAsync(Guid questionId) => Feed.PublishAsync(
        new QueueChange(QueueChangeKind.Presence, questionId, Presence: new PresenceSignal(pageId, me.Id, me.DisplayName, PresenceMode.Left)));

    private sealed class NoteForm
    {
        public string? Note { get; set; }
    }

    private sealed class OverrideForm
    {
        public RiskLevel? Level { get; set; }

        public string? Reason { get; set; }
    }

    private sealed class ReassignForm
    {
        public string? Counselor { get; set; }
    }
}
