using Microsoft.AspNetCore.Components;

namespace AdviceIntake.Portal.Features.Intake.Steps;

/// <summary>What every question page is given: the answers to show, and whether to focus its heading.</summary>
public abstract class StepParameters : ComponentBase
{
    [Parameter, EditorRequired]
    public IntakeForm Form { get; set; } = default!;

    [Parameter]
    public bool FocusHeading { get; set; }
}
