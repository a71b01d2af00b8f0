using AdviceIntake.Domain.Answers;
using AdviceIntake.Portal.Components;
using AdviceIntake.Portal.Components.Forms;
using AdviceIntake.Portal.Questions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>
/// The answer on the case page: the counselor writes it (saved as they type), picks services and sends it for review;
/// a supervisor returns or approves it; then it is released. The panel reloads whenever the case page does.
/// </summary>
public sealed partial class AnswerPanel : IAsyncDisposable
{
    // Typing pauses this long before the draft is saved: often enough to lose little, rarely enough to cost little.
    private static readonly TimeSpan SaveAfter = TimeSpan.FromSeconds(2);

    private readonly AnswerForm form = new();

    // What the editors were last given from the server. Typing changes the form, not these: a render while keystrokes
    // are still on their way would otherwise put the older text back into the box and lose what was typed since.
    private string? shownBody;
    private string? shownNote;
    private readonly ReviewForm review = new();
    private EditContext editContext = default!;
    private EditContext reviewContext = default!;
    private ServerErrors formErrors = default!;
    private ServerErrors reviewErrors = default!;
    private LoadAnswerDesk.Desk? desk;
    private IReadOnlyList<ListSnippets.Row> snippets = [];
    private Guid? snippetId;
    private ElementReference editor;
    private IJSObjectReference? module;
    private bool editorAttached;
    private Task savingDraft = Task.CompletedTask;
    private ITimer? saveTimer;
    private DateTimeOffset? savedAt;
    private bool unsaved;
    private bool saving;
    private int loadedRevision = -1;

    [Parameter, EditorRequired]
    public Guid QuestionId { get; set; }

    [Parameter, EditorRequired]
    public string PenName { get; set; } = string.Empty;

    /// <summary>Changes whenever the case page reloads the case, so the panel reloads with it.</summary>
    [Parameter]
    public int Revision { get; set; }

    /// <summary>Tells the case page the counselor is writing, for the presence shown to others.</summary>
    [Parameter]
    public Action? OnTyping { get; set; }

    [Inject]
    private LoadAnswerDesk Load { get; set; } = default!;

    [Inject]
    private StartAnswer Start { get; set; } = default!;

    [Inject]
    private SaveAnswerDraft SaveDraft { get; set; } = default!;

    [Inject]
    private SubmitAnswer Submit { get; set; } = default!;

    [Inject]
    private ReturnAnswer Return { get; set; } = default!;

    [Inject]
    private ApproveAnswer Approve { get; set; } = default!;

    [Inject]
    private ReleaseAnswer Release { get; set; } = default!;

    [Inject]
    private EmailLetter EmailTheLetter { get; set; } = default!;

    [Inject]
    private ListSnippets Snippets { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override void OnInitialized()
    {
        editContext = new EditContext(form);
        reviewContext = new EditContext(review);
        formErrors = new ServerErrors(editContext);
        reviewErrors = new ServerErrors(reviewContext);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (loadedRevision != Revision)
        {
            loadedRevision = Revision;
            await ReloadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The editor is drawn afresh each time the answer comes back for changes: its shortcuts are attached again.
        if (desk?.CanWrite == true && !editorAttached)
        {
            module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Answers/AnswerPanel.razor.js");
            await module.InvokeVoidAsync("attach", editor);
            editorAttached = true;
        }
    }

    private async Task ReloadAsync()
    {
        var loaded = await Load.HandleAsync(QuestionId, Me);
        var wasWritable = desk?.CanWrite == true;
        desk = loaded;
        if (loaded is null)
        {
            return;
        }

        // What the counselor is typing, or is being saved right now, wins over what was saved a moment ago.
        if (!unsaved && !saving)
        {
            if (loaded.Body != form.Body || shownBody is null)
            {
                form.Body = shownBody = loaded.Body;
            }

            if (loaded.SheetNote != form.SheetNote || shownNote is null)
            {
                form.SheetNote = shownNote = loaded.SheetNote;
            }

            savedAt = loaded.UpdatedAt;
        }

        // An editor drawn afresh (the answer came back for changes) starts from the text as it stands.
        if (loaded.CanWrite && !wasWritable)
        {
            shownBody = form.Body;
            shownNote = form.SheetNote;
        }

        if (loaded.CanWrite && snippets.Count == 0)
        {
            snippets = await Snippets.HandleAsync();
        }

        if (!loaded.CanWrite)
        {
            editorAttached = false;
        }
    }

    private async Task BodyTypedAsync(ChangeEventArgs e)
    {
        form.Body = e.Value as string;
        await TypedAsync();
    }

    private async Task NoteTypedAsync(ChangeEventArgs e)
    {
        form.SheetNote = e.Value as string;
        await TypedAsync();
    }

    private async Task TypedAsync()
    {
        unsaved = true;
        saveTimer ??= Clock.CreateTimer(_ => _ = InvokeAsync(SaveDraftAsync), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        saveTimer.Change(SaveAfter, Timeout.InfiniteTimeSpan);
        OnTyping?.Invoke();
    }

    private Task SaveDraftAsync()
    {
        if (saving)
        {
            // Typed while the last save was on its way: try again after it.
            saveTimer?.Change(SaveAfter, Timeout.InfiniteTimeSpan);
            return Task.CompletedTask;
        }

        savingDraft = SaveNowAsync();
        return savingDraft;
    }

    private async Task SaveNowAsync()
    {
        if (!unsaved || desk?.CanWrite != true)
        {
            return;
        }

        saving = true;
        unsaved = false;
        try
        {
            var result = await SaveDraft.HandleAsync(QuestionId, form.Body, form.SheetNote, Me);
            formErrors.Show(result.Errors.Where(e => e.Field.Length > 0));
            Problem = string.Join(" ", result.Errors.Where(e => e.Field.Length == 0).Select(e => e.Message)) is { Length: > 0 } p ? p : null;
            if (result.Succeeded)
            {
                savedAt = Clock.GetUtcNow();
            }
            else
            {
                unsaved = true;
            }
        }
        finally
        {
            saving = false;
        }

        StateHasChanged();
    }

    private string SaveWords() =>
        saving ? "Saving…"
        : unsaved ? "Not saved yet"
        : savedAt is { } at && at > DateTimeOffset.MinValue ? $"Saved at {at.ToLocalTime():HH:mm}"
        : "Saved";

    private async Task FormatAsync(string kind)
    {
        if (module is not null)
        {
            await module.InvokeVoidAsync("format", editor, kind);
        }
    }

    private async Task InsertSnippetAsync()
    {
        if (module is null || snippets.FirstOrDefault(s => s.Id == snippetId) is not { } snippet)
        {
            return;
        }

        var text = Snippet.Fill(snippet.Body, PenName, Me.DisplayName);
        await module.InvokeVoidAsync("insert", editor, text);
        snippetId = null;
    }

    private bool Invalid(string field) => editContext.GetValidationMessages(new FieldIdentifier(form, field)).Any();

    private Task StartAsync() => ActAsync(() => Start.HandleAsync(QuestionId, Me));

    private Task SubmitAsync() => ActAsync(async () =>
    {
        // A save already on its way holds older text; it lands first, then the answer as it stands goes for review.
        saveTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        await savingDraft;
        return await Submit.HandleAsync(QuestionId, form.Body, form.SheetNote, Me);
    }, formErrors, () => unsaved = false);

    private Task ReturnAsync() => ActAsync(() => Return.HandleAsync(QuestionId, review.Comment, Me), reviewErrors, () => review.Comment = null);

    private Task ApproveAsync() => ActAsync(() => Approve.HandleAsync(QuestionId, Me), reviewErrors);

    private Task ReleaseAsync() => ActAsync(() => Release.HandleAsync(QuestionId, Me));

    private Task EmailLetterAsync() => ActAsync(() => EmailTheLetter.HandleAsync(QuestionId, Me));

    protected override Task OnChangedAsync() => ReloadAsync();

    public async ValueTask DisposeAsync()
    {
        if (saveTimer is not null)
        {
            await saveTimer.DisposeAsync();
        }

        // A draft typed in the last seconds before the page closed is kept.
        if (unsaved && desk?.CanWrite == true)
        {
            await SaveDraft.HandleAsync(QuestionId, form.Body, form.SheetNote, Me);
        }

        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the module.
            }
        }
    }

    private sealed class AnswerForm
    {
        public string? Body { get; set; }

        public string? SheetNote { get; set; }
    }

    private sealed class ReviewForm
    {
        public string? Comment { get; set; }
    }
}
