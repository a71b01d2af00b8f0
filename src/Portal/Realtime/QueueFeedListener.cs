using Microsoft.AspNetCore.Components;

namespace AdviceIntake.Portal.Realtime;

/// <summary>
/// A component without markup that listens to the queue feed for as long as it is on the page: it subscribes once the
/// page is interactive, hands each change to the page on the page's own thread, and unsubscribes when removed. The page
/// decides what a change means and whether to draw again.
/// </summary>
public sealed class QueueFeedListener : ComponentBase, IDisposable
{
    private IDisposable? subscription;

    [Inject]
    private IQueueFeed Feed { get; set; } = default!;

    [Parameter, EditorRequired]
    public Func<QueueChange, Task> OnChange { get; set; } = default!;

    /// <summary>Called once the subscription stands, so the page can load what changed before it was listening.</summary>
    [Parameter]
    public Func<Task>? OnListening { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        subscription = Feed.Subscribe(change => InvokeAsync(() => OnChange(change)));
        if (OnListening is not null)
        {
            await OnListening();
        }
    }

    public void Dispose() => subscription?.Dispose();
}
