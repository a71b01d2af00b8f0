using AdviceIntake.Portal.Components.Forms;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Microsoft.AspNetCore.Components;

namespace AdviceIntake.Portal.Components;

/// <summary>
/// What every panel of the case page does with a use case's answer: problems for the case as a whole above the panel,
/// problems with a field beside it, and on success the case page is told, so every panel shows the change.
/// </summary>
public abstract class CasePanel : ComponentBase
{
    [Parameter, EditorRequired]
    public StaffMember Me { get; set; } = default!;

    /// <summary>Tells the case page that the case changed, so its panels reload.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected string? Problem { get; set; }

    protected bool Busy { get; private set; }

    protected async Task ActAsync(Func<Task<CaseActionResult>> action, ServerErrors? form = null, Action? onDone = null)
    {
        Busy = true;
        Problem = null;
        try
        {
            var result = await action();
            form?.Show(result.Errors.Where(e => e.Field.Length > 0));
            var forCase = result.Errors.Where(e => e.Field.Length == 0).Select(e => e.Message).ToList();
            Problem = forCase.Count > 0 ? string.Join(" ", forCase) : null;
            if (result.Succeeded)
            {
                onDone?.Invoke();
                await OnChangedAsync();
                await OnChanged.InvokeAsync();
            }
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>What the panel itself reloads after a change it made, before the case page reloads.</summary>
    protected virtual Task OnChangedAsync() => Task.CompletedTask;
}
