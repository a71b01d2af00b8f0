using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Components.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace AdviceIntake.Portal.Features.Intake.Steps;

/// <summary>What every question page shares: the draft, a form over it, and how to go on.</summary>
public abstract class IntakeStepBase : ComponentBase
{
    [Parameter, EditorRequired]
    public IntakeDraft Draft { get; set; } = default!;

    /// <summary>Called with the checked page; the intake page decides where to go next.</summary>
    [Parameter]
    public EventCallback OnContinue { get; set; }

    /// <summary>Called after any answer changes, so the draft is kept at once.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    protected EditContext EditContext { get; private set; } = default!;

    private ServerErrors errors = default!;

    protected override void OnParametersSet()
    {
        if (EditContext?.Model != Draft)
        {
            EditContext = new EditContext(Draft);
            errors = new ServerErrors(EditContext);
        }
    }

    /// <summary>The rules this page checks.</summary>
    protected abstract IEnumerable<FieldError> Check();

    protected async Task ContinueAsync()
    {
        var problems = Check().ToList();
        if (problems.Count > 0)
        {
            errors.Show(problems);
            return;
        }

        errors.Clear();
        await OnContinue.InvokeAsync();
    }

    protected Task ChangedAsync() => OnChanged.InvokeAsync();

    /// <summary>Applies one answer to the draft and keeps the draft.</summary>
    protected Task Set(Action change)
    {
        change();
        return ChangedAsync();
    }
}
